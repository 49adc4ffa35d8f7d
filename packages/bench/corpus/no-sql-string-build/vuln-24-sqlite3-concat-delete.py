import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("notes.db", check_same_thread=False)


@app.route("/notes/delete", methods=["POST"])
def delete_note():
    note_id = request.form["id"]
    db.execute("DELETE FROM notes WHERE id = " + note_id)
    db.commit()
    return "", 204
