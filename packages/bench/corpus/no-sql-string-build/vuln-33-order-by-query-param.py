import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/books")
def list_books(sort: str = "title", direction: str = "asc"):
    conn = sqlite3.connect("library.db")
    cur = conn.cursor()
    cur.execute(f"SELECT isbn, title, author FROM books ORDER BY {sort} {direction}")
    return cur.fetchall()
