# pattern: mysql-connector-python comment endpoint (cursor.execute on an f-string INSERT) — flaw at line 19
import mysql.connector
from flask import Flask, jsonify, request
from flask_login import current_user, login_required

app = Flask(__name__)
DB_CONFIG = {"host": "mysql", "user": "blog", "password": "blog", "database": "blog"}


@app.route("/posts/<int:post_id>/comments", methods=["POST"])
@login_required
def add_comment(post_id):
    body = request.form.get("body", "").strip()
    if not body:
        return jsonify({"error": "comment cannot be empty"}), 400

    cnx = mysql.connector.connect(**DB_CONFIG)
    cursor = cnx.cursor()
    cursor.execute(
        f"INSERT INTO comments (post_id, author_id, body) VALUES ({post_id}, {current_user.id}, '{body}')"
    )
    cnx.commit()
    comment_id = cursor.lastrowid
    cursor.close()
    cnx.close()
    return jsonify({"id": comment_id}), 201
