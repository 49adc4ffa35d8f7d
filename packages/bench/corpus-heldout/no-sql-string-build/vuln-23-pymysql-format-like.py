# pattern: PyMySQL DictCursor search endpoint building a LIKE clause with str.format — flaw at line 26
import pymysql
from flask import Flask, jsonify, request

app = Flask(__name__)


def connect():
    return pymysql.connect(
        host="db",
        user="shop",
        password="shop",
        database="shop",
        cursorclass=pymysql.cursors.DictCursor,
    )


@app.route("/products/search")
def search_products():
    term = request.args.get("q", "")
    limit = min(int(request.args.get("limit", 20)), 100)
    sql = "SELECT id, name, price FROM products WHERE name LIKE '%{}%' ORDER BY name".format(term)
    conn = connect()
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
            rows = cursor.fetchmany(limit)
    finally:
        conn.close()
    return jsonify(rows)
