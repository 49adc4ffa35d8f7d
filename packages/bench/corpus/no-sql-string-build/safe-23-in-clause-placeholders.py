import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/products/bulk")
def bulk_products():
    ids = request.args.getlist("id")
    placeholders = ", ".join("?" for _ in ids)
    conn = sqlite3.connect("catalog.db")
    rows = conn.execute(f"SELECT id, title FROM products WHERE id IN ({placeholders})", ids).fetchall()
    return jsonify(rows)
