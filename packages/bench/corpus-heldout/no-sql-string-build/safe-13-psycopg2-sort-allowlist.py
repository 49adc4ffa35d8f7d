# pattern: OrderByMixin-style ordering_map (sort key mapped through a constant dict) with psycopg2 parameters for values
from flask import Blueprint, jsonify, request

from ..db import get_conn

listings = Blueprint("listings", __name__)

SORT_COLUMNS = {
    "price": "price",
    "newest": "created_at",
    "bedrooms": "bedrooms",
}


@listings.route("/listings")
def search_listings():
    args = request.args
    query = "SELECT id, title, city, price, bedrooms FROM listings WHERE active = true"
    params = []

    if args.get("city"):
        query += " AND city = %s"
        params.append(args["city"])
    if args.get("min_price"):
        query += " AND price >= %s"
        params.append(int(args["min_price"]))

    sort_column = SORT_COLUMNS.get(args.get("sort"), "price")
    direction = "DESC" if args.get("desc") == "1" else "ASC"
    query += f" ORDER BY {sort_column} {direction} LIMIT 50"

    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, params)
        cols = [c.name for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return jsonify(rows)
