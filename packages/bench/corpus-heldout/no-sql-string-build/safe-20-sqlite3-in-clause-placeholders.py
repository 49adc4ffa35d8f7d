# pattern: sqlite3 IN (...) lookup generating one "?" placeholder per value and passing the list as parameters
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def get_conn():
    conn = sqlite3.connect("inventory.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.get("/skus")
def skus():
    codes = request.args.getlist("code")
    if not codes:
        return jsonify([])
    placeholders = ",".join("?" for _ in codes)
    conn = get_conn()
    try:
        rows = conn.execute(f"SELECT sku, name, stock FROM items WHERE sku IN ({placeholders})", codes).fetchall()
    finally:
        conn.close()
    return jsonify([dict(r) for r in rows])
