# pattern: FastAPI + SQLAlchemy Session via Depends(get_db) running text() with an f-string (Teradata/teradata-mcp-server issue #68 shape) — flaw at line 21
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import SessionLocal

app = FastAPI()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.get("/orders/{order_ref}")
def get_order(order_ref: str, db: Session = Depends(get_db)):
    stmt = text(f"SELECT id, reference, status, total FROM orders WHERE reference = '{order_ref}'")
    row = db.execute(stmt).mappings().first()
    if row is None:
        raise HTTPException(status_code=404, detail="Order not found")
    return dict(row)
