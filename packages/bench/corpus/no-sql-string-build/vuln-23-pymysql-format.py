import pymysql
from flask import Blueprint, request

bp = Blueprint("search", __name__)


def get_connection():
    return pymysql.connect(host="db", user="app", password="secret", database="catalog")


@bp.route("/products/search")
def search():
    term = request.args["q"]
    connection = get_connection()
    with connection.cursor() as cursor:
        cursor.execute("SELECT sku, title FROM products WHERE title LIKE '%{}%'".format(term))
        return {"results": cursor.fetchall()}
