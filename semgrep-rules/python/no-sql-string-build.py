# Annotated test for no-sql-string-build (DB-API, SQLAlchemy, Django, asyncpg, aiosqlite).
import sqlite3

import asyncpg
from django.db import connection
from django.db.models.expressions import RawSQL
from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)
COLUMNS = {"name": "name", "date": "created_at"}
TABLE = "users"


@app.route("/users")
def find_user():
    name = request.args["name"]
    db = sqlite3.connect("app.db")
    # ruleid: no-sql-string-build-sql-string-built
    rows = db.execute("SELECT * FROM users WHERE name = '" + name + "'").fetchall()
    query = f"SELECT * FROM users WHERE name = '{name}'"
    # ruleid: no-sql-string-build-sql-string-built
    rows = db.execute(query).fetchall()
    # ok: no-sql-string-build-sql-string-built
    rows = db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()
    return {"rows": rows}


def by_id(cursor, user_id):
    # ruleid: no-sql-string-build-sql-string-built
    cursor.execute("SELECT * FROM users WHERE id = %s" % user_id)
    # ruleid: no-sql-string-build-sql-string-built
    cursor.executemany("DELETE FROM users WHERE id = {}".format(user_id), [])
    # ok: no-sql-string-build-sql-string-built
    cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))
    # ok: no-sql-string-build-sql-string-built
    cursor.execute(f"SELECT * FROM {TABLE} ORDER BY {COLUMNS['name']}")
    # ok: no-sql-string-build-sql-string-built
    cursor.execute("SELECT * FROM users WHERE id = %d" % int(user_id))


def sqlalchemy_search(session, term):
    # ruleid: no-sql-string-build-sql-string-built
    return session.execute(text(f"SELECT * FROM items WHERE title LIKE '%{term}%'"))


def django_raw(request):
    order = request.GET.get("order", "id")
    sql = "SELECT * FROM app_user ORDER BY " + order
    with connection.cursor() as cursor:
        # ruleid: no-sql-string-build-sql-string-built
        cursor.execute(sql)
    # ruleid: no-sql-string-build-sql-string-built
    User.objects.raw("SELECT * FROM app_user WHERE email = '%s'" % request.GET["email"])
    # ruleid: no-sql-string-build-sql-string-built
    User.objects.annotate(score=RawSQL("SELECT score FROM s WHERE u = " + request.GET["u"], []))
    # ok: no-sql-string-build-sql-string-built
    return User.objects.raw("SELECT * FROM app_user WHERE email = %s", [request.GET["email"]])


async def asyncpg_lookup(pool, name):
    async with pool.acquire() as conn:
        # ruleid: no-sql-string-build-sql-string-built
        row = await conn.fetchrow(f"SELECT * FROM users WHERE name = '{name}'")
        # ok: no-sql-string-build-sql-string-built
        row = await conn.fetchrow("SELECT * FROM users WHERE name = $1", name)
        return row


SORT_COLUMNS = {"price": "price", "newest": "created_at"}


def listing_queries(cursor, args, codes):
    placeholders = ",".join("?" for _ in codes)
    # ok: no-sql-string-build-sql-string-built
    cursor.execute(f"SELECT sku FROM items WHERE sku IN ({placeholders})", codes)
    markers = ", ".join(["%s"] * len(codes))
    # ok: no-sql-string-build-sql-string-built
    cursor.execute("SELECT sku FROM items WHERE sku IN (" + markers + ")", codes)
    column = SORT_COLUMNS.get(args.get("sort"), "price")
    direction = "DESC" if args.get("desc") == "1" else "ASC"
    # ok: no-sql-string-build-sql-string-built
    cursor.execute(f"SELECT id FROM listings ORDER BY {column} {direction}")
    table = Book._meta.db_table
    # ok: no-sql-string-build-sql-string-built
    cursor.execute("SELECT id FROM " + table + " WHERE author = %s", [args["author"]])
    sort = args.get("sort", "price")
    # ruleid: no-sql-string-build-sql-string-built
    cursor.execute(f"SELECT id FROM listings ORDER BY {sort}")
    query = "SELECT id FROM listings WHERE active = true"
    query += f" ORDER BY {sort} LIMIT 50"
    # ruleid: no-sql-string-build-sql-string-built
    cursor.execute(query)


def quoted_identifiers(connection, table_name):
    with connection.cursor() as cursor:
        # ok: no-sql-string-build-sql-string-built
        cursor.execute("PRAGMA table_xinfo(%s)" % connection.ops.quote_name(table_name))
        # ok: no-sql-string-build-sql-string-built
        cursor.execute(f"DROP TABLE {connection.ops.quote_name(table_name)}")
        # ruleid: no-sql-string-build-sql-string-built
        cursor.execute(f"DROP TABLE {table_name}")
