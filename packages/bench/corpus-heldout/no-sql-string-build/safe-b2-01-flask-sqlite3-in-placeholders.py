# pattern: sqlite3 IN (...) with a generated list of ? placeholders and the values as parameters (Flask sqlite3 pattern docs query_db(query, args); SonarSource/sonar-training-examples parameterised fix)
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("blog.db")
        g.db.row_factory = sqlite3.Row
    return g.db


@app.get("/api/posts")
def posts_by_tags():
    tag_ids = [t for t in request.args.getlist("tag") if t.isdigit()]
    if not tag_ids:
        return jsonify([])
    placeholders = ",".join("?" for _ in tag_ids)
    sql = (
        "SELECT DISTINCT p.id, p.title, p.created_at FROM posts p "
        "JOIN post_tags pt ON pt.post_id = p.id "
        f"WHERE pt.tag_id IN ({placeholders}) ORDER BY p.created_at DESC"
    )
    rows = get_db().execute(sql, tag_ids).fetchall()
    return jsonify([dict(r) for r in rows])
