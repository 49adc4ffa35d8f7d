import sqlite3

from fastapi import FastAPI

app = FastAPI()

ORDER_BY_SQL = {"title": "title ASC", "author": "author_name ASC", "year": "published_year DESC"}


@app.get("/books")
def list_books(sort: str = "title"):
    if sort not in ORDER_BY_SQL:
        sort = "title"
    conn = sqlite3.connect("library.db")
    return conn.execute("SELECT isbn, title FROM books ORDER BY " + ORDER_BY_SQL[sort]).fetchall()
