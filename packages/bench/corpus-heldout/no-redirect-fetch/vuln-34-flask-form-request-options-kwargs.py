# pattern: Flask form handler with requests options in a module dict passed as **kwargs; flaw: line 22
import requests
from flask import Flask, flash, redirect, render_template, request, url_for

from .models import Bookmark, db

app = Flask(__name__)
app.config.from_prefixed_env()

REQUEST_OPTS = {
    "timeout": 10,
    "allow_redirects": True,
    "headers": {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) LinkSaver/2.0"},
}


@app.route("/bookmarks/new", methods=["GET", "POST"])
def new_bookmark():
    if request.method == "GET":
        return render_template("bookmarks/new.html")
    link = request.form["link"].strip()
    page = requests.get(link, **REQUEST_OPTS)
    title = link
    if "<title>" in page.text:
        title = page.text.split("<title>", 1)[1].split("</title>", 1)[0].strip()
    db.session.add(Bookmark(url=page.url, title=title[:200]))
    db.session.commit()
    flash("Saved")
    return redirect(url_for("new_bookmark"))
