# pattern: Flask route with sqlite3 cursor.execute(f"SELECT ... WHERE username = '{username}'") (public Flask + sqlite3 user lookup app.py; Flask sqlite3 pattern docs get_db); flaw: line 29
import sqlite3

from flask import Flask, g, jsonify, request

DATABASE = "users.db"

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.route("/api/users/search")
def search_users():
    username = request.args.get("username", "")
    cur = get_db().cursor()
    cur.execute(f"SELECT id, username, email, created_at FROM users WHERE username = '{username}'")
    rows = cur.fetchall()
    return jsonify([dict(r) for r in rows])
