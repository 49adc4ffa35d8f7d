# pattern: psycopg2 repository class wrapping a cursor, called from Flask routes (multi-hop from request.json to cursor.execute) — flaw at line 15
import psycopg2
from flask import Flask, g, jsonify, request

app = Flask(__name__)


class UserRepository:
    def __init__(self, conn):
        self._conn = conn

    def rename(self, user_id, new_name):
        with self._conn.cursor() as cur:
            sql = "UPDATE users SET display_name = '%s' WHERE id = %d" % (new_name, user_id)
            cur.execute(sql)
        self._conn.commit()

    def get(self, user_id):
        with self._conn.cursor() as cur:
            cur.execute("SELECT id, display_name FROM users WHERE id = %s", (user_id,))
            return cur.fetchone()


def repo():
    if "repo" not in g:
        g.repo = UserRepository(psycopg2.connect(app.config["DSN"]))
    return g.repo


@app.route("/users/<int:user_id>/name", methods=["PUT"])
def rename_user(user_id):
    new_name = request.json["display_name"]
    repo().rename(user_id, new_name)
    uid, name = repo().get(user_id)
    return jsonify({"id": uid, "display_name": name})
