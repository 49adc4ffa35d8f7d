# pattern: Flask quickstart apps ending in app.run(debug=True) (RohanDeySarkar/Flask-file-upload, many tutorials) — flaw at line 32
import os
import sqlite3

from flask import Flask, g, jsonify

app = Flask(__name__)
app.config["DATABASE"] = os.environ.get("DATABASE_PATH", "todo.db")


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.route("/todos")
def list_todos():
    rows = get_db().execute("SELECT id, title, done FROM todos ORDER BY id").fetchall()
    return jsonify([dict(r) for r in rows])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)), debug=True)
