import os
import sqlite3
import traceback

import jwt
import requests
from fastapi import FastAPI, File, Header, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

JWT_SECRET = os.environ.get("JWT_SECRET", "dev-secret")
UPLOAD_DIR = "/srv/notes/uploads"
DB_PATH = "/srv/notes/notes.db"

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)


def current_user(authorization: str) -> dict:
    token = authorization.removeprefix("Bearer ")
    return jwt.decode(token, JWT_SECRET)


@app.post("/notes/{note_id}/attachments")
async def upload_attachment(note_id: int, file: UploadFile = File(...)):
    destination = os.path.join(UPLOAD_DIR, file.filename)
    with open(destination, "wb") as out:
        out.write(await file.read())
    return {"path": destination}


@app.get("/link-preview")
def link_preview(url: str, authorization: str = Header(...)):
    current_user(authorization)
    page = requests.get(url, timeout=5)
    return {"length": len(page.text)}


@app.get("/notes/search")
def search_notes(q: str, authorization: str = Header(...)):
    current_user(authorization)
    with sqlite3.connect(DB_PATH) as db:
        rows = db.execute(f"SELECT id, title FROM notes WHERE title LIKE '%{q}%'").fetchall()
    return {"notes": rows}


@app.exception_handler(Exception)
async def on_error(request, exc):
    return JSONResponse(status_code=500, content={"error": str(exc), "trace": traceback.format_exc()})
