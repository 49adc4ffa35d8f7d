# pattern: Flask sqlite3 query_db helper (flask docs patterns/sqlite3: query_db('select * from users where username = ?', [name]))
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


def query_db(query, args=(), one=False):
    cur = get_db().execute(query, args)
    rv = cur.fetchall()
    cur.close()
    return (rv[0] if rv else None) if one else rv


@app.route("/api/users/lookup")
def lookup_user():
    username = request.args.get("username", "")
    table = "users"
    row = query_db(f"SELECT id, username, email FROM {table} WHERE username = ?", [username], one=True)
    if row is None:
        abort(404)
    return jsonify(dict(row))
