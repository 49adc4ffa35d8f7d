import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/posts")
def posts():
    limit = int(request.args.get("limit", 20))
    offset = int(request.args.get("offset", 0))
    conn = psycopg2.connect("dbname=blog")
    cur = conn.cursor()
    cur.execute(f"SELECT id, title FROM posts ORDER BY id LIMIT {int(limit)} OFFSET {int(offset)}")
    return jsonify(cur.fetchall())
