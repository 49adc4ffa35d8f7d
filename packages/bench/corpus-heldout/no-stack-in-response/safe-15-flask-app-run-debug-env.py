# pattern: Flask app entry point with debug tied to a development environment flag instead of hard-coded
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
    is_dev = os.environ.get("APP_ENV", "production") == "development"
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", 5000)), debug=is_dev)
