# pattern: sqlite3 notes app deleting by id with string concatenation (arogozhnikov/python3_with_pleasure issue #3 example shape) — flaw at line 22
import sqlite3

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = "change-me"


def db():
    conn = sqlite3.connect("notes.sqlite3")
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/notes/delete", methods=["POST"])
def delete_note():
    if "user_id" not in session:
        return redirect(url_for("login"))
    note_id = request.form["note_id"]
    conn = db()
    conn.execute("DELETE FROM notes WHERE owner_id = " + str(session["user_id"]) + " AND id = " + note_id)
    conn.commit()
    conn.close()
    return redirect(url_for("list_notes"))
