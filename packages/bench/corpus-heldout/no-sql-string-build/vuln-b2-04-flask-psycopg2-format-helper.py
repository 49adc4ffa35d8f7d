# pattern: psycopg2 query built with str.format in a helper function and run by a Flask route (psycopg2 'the problem with the query parameters' docs; Flask + psycopg2 book search apps); flaw: line 28
import os

import psycopg2
from flask import Flask, jsonify, request
from psycopg2.extras import RealDictCursor

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(os.environ["DATABASE_URL"])


def build_search_query(term, limit):
    return (
        "SELECT id, title, author, published_year FROM books "
        "WHERE title ILIKE '%{}%' OR author ILIKE '%{}%' "
        "ORDER BY title LIMIT {}"
    ).format(term, term, limit)


@app.get("/api/books")
def search_books():
    term = request.args.get("q", "")
    limit = request.args.get("limit", 25, type=int)
    with get_conn() as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(build_search_query(term, limit))
        return jsonify(cur.fetchall())
