# pattern: SQLAlchemy textual SQL with bound parameters (text("... :ref") + execute(stmt, {"ref": ...})) behind Depends(get_db)
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import SessionLocal

app = FastAPI()

ORDER_COLUMNS = "id, reference, status, total"


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


@app.get("/orders/{order_ref}")
def get_order(order_ref: str, db: Session = Depends(get_db)):
    stmt = text(f"SELECT {ORDER_COLUMNS} FROM orders WHERE reference = :ref")
    row = db.execute(stmt, {"ref": order_ref}).mappings().first()
    if row is None:
        raise HTTPException(status_code=404, detail="Order not found")
    return dict(row)
