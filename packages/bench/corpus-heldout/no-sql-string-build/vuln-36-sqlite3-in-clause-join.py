# pattern: sqlite3 bulk lookup building an IN (...) list from request.args.getlist by joining the raw values — flaw at line 23
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
    in_list = ",".join("'%s'" % c for c in codes)
    conn = get_conn()
    try:
        rows = conn.execute(f"SELECT sku, name, stock FROM items WHERE sku IN ({in_list})").fetchall()
    finally:
        conn.close()
    return jsonify([dict(r) for r in rows])
