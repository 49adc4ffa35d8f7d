# Annotated test for no-sql-string-build (DB-API, SQLAlchemy, Django, asyncpg, aiosqlite).
import sqlite3

import aiosqlite
import asyncpg
import pandas as pd
import psycopg
import psycopg2
import pymysql
from django.db import connection
from django.db.models.expressions import RawSQL
from fastapi import FastAPI
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
api = FastAPI()
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
    # An unquoted parameter with no request behind it is reported by the strict ESLint option only.
    # ok: no-sql-string-build-sql-string-built
    cursor.execute("SELECT * FROM users WHERE id = %s" % user_id)
    # ok: no-sql-string-build-sql-string-built
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


async def asyncpg_handler(request):
    slug = request.match_info["slug"]
    async with request.app["pool"].acquire() as conn:
        # ruleid: no-sql-string-build-sql-string-built
        return await conn.fetch("SELECT * FROM posts WHERE slug = " + slug)


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
    # `args` is a parameter, not the request, and `sort` lands outside quotes.
    # ok: no-sql-string-build-sql-string-built
    cursor.execute(f"SELECT id FROM listings ORDER BY {sort}")
    sort = request.args.get("sort", "price")
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
        # An identifier in library code, not request data.
        # ok: no-sql-string-build-sql-string-built
        cursor.execute(f"DROP TABLE {table_name}")


def quoted_parameters(cursor, name, city, user_id: int):
    # ruleid: no-sql-string-build-sql-string-built
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    # ruleid: no-sql-string-build-sql-string-built
    cursor.execute("SELECT * FROM users WHERE city = '{}'".format(city))
    # ruleid: no-sql-string-build-sql-string-built
    cursor.execute("DELETE FROM users WHERE name = '" + name + "'")
    # ok: no-sql-string-build-sql-string-built
    cursor.execute(f"SELECT * FROM users WHERE id = '{user_id}'")
    # ok: no-sql-string-build-sql-string-built
    cursor.execute(f"SELECT * FROM users WHERE name = 'admin' AND id = {user_id}")


@app.route("/drivers", methods=["POST"])
def drivers():
    email = request.form["email"]
    with psycopg2.connect("dbname=app") as pg:
        # ruleid: no-sql-string-build-sql-string-built
        pg.cursor().execute("SELECT id FROM users WHERE email = '%s'" % email)
    with psycopg.connect("dbname=app") as pg3:
        # ruleid: no-sql-string-build-sql-string-built
        pg3.execute(f"UPDATE users SET seen = now() WHERE email = '{email}'")
    my = pymysql.connect(host="db").cursor()
    # ruleid: no-sql-string-build-sql-string-built
    my.execute("SELECT id FROM users WHERE email = '{}'".format(email))
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        # todoruleid: no-sql-string-build-sql-string-built
        conn.exec_driver_sql("DELETE FROM users WHERE email = '" + email + "'")
        # ruleid: no-sql-string-build-sql-string-built
        conn.execute(text("SELECT id FROM users WHERE email = '" + email + "'"))
    # ruleid: no-sql-string-build-sql-string-built
    User.objects.extra(where=["email = '%s'" % email])
    # ok: no-sql-string-build-sql-string-built
    User.objects.extra(where=["email = %s"], params=[email])
    # ruleid: no-sql-string-build-sql-string-built
    return pd.read_sql(f"SELECT * FROM users WHERE email = '{email}'", engine).to_dict()


@api.get("/notes")
async def notes(tag: str):
    async with aiosqlite.connect("notes.db") as db:
        # ruleid: no-sql-string-build-sql-string-built
        rows = await db.execute("SELECT body FROM notes WHERE tag = {t}".format(t=tag))
        # ok: no-sql-string-build-sql-string-built
        rows = await db.execute("SELECT body FROM notes WHERE tag = ?", (tag,))
        return await rows.fetchall()


# ---- helpers defined in this file that build SQL text from their parameter
def search_sql(term, limit):
    return ("SELECT id, title FROM books WHERE title LIKE '%{}%' LIMIT {}").format(term, limit)


def owner_sql(owner):
    return f"SELECT * FROM pets WHERE owner = '{owner}'"


def count_sql():
    return "SELECT count(*) FROM pets WHERE owner = %s"


@app.route("/books")
def search_books():
    term = request.args.get("q", "")
    cur = psycopg2.connect("dbname=app").cursor()
    # ruleid: no-sql-string-build-sql-string-built
    cur.execute(search_sql(term, 20))
    # ok: no-sql-string-build-sql-string-built
    cur.execute(search_sql(int(request.args["id"]), 20))
    # ok: no-sql-string-build-sql-string-built
    cur.execute(count_sql(), (term,))
    statement = owner_sql(request.args["owner"])
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        # ruleid: no-sql-string-build-sql-string-built
        conn.execute(text(statement))


# ---- dynamic SET clauses built in a comprehension
@app.route("/profile", methods=["PATCH"])
def patch_profile():
    changes = request.get_json()
    cur = psycopg2.connect("dbname=app").cursor()
    assignments = ", ".join(f"{column} = '{value}'" for column, value in changes.items())
    # ruleid: no-sql-string-build-sql-string-built
    cur.execute(f"UPDATE profiles SET {assignments} WHERE id = %s", (1,))
    placeholders = ", ".join(["%s" for _ in changes])
    # ok: no-sql-string-build-sql-string-built
    cur.execute(f"INSERT INTO tags VALUES ({placeholders})", list(changes.values()))
