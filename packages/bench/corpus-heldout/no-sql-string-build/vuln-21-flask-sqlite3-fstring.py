# pattern: Flask + sqlite3 get_db() pattern (flask docs patterns/sqlite3) with an f-string WHERE clause — flaw at line 29
import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
DATABASE = "users.db"


def get_db():
    db = getattr(g, "_database", None)
    if db is None:
        db = g._database = sqlite3.connect(DATABASE)
        db.row_factory = sqlite3.Row
    return db


@app.teardown_appcontext
def close_connection(exception):
    db = getattr(g, "_database", None)
    if db is not None:
        db.close()


@app.route("/api/users/lookup")
def lookup_user():
    username = request.args.get("username", "")
    cur = get_db().cursor()
    cur.execute(f"SELECT id, username, email FROM users WHERE username = '{username}'")
    row = cur.fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))
