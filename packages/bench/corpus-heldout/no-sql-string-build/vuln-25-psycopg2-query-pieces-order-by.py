# pattern: psycopg2 filter endpoint built in pieces (query += ...) with params for values but the sort column interpolated — flaw at line 30
from flask import Blueprint, jsonify, request

from ..db import get_conn

listings = Blueprint("listings", __name__)


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
    if args.get("bedrooms"):
        query += " AND bedrooms >= %s"
        params.append(int(args["bedrooms"]))

    sort = args.get("sort", "price")
    direction = "DESC" if args.get("desc") == "1" else "ASC"
    query += f" ORDER BY {sort} {direction} LIMIT 50"

    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, params)
        cols = [c.name for c in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return jsonify(rows)
