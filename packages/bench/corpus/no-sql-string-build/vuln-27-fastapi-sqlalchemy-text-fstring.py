from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import get_session

app = FastAPI()


@app.get("/invoices")
def invoices(status: str, db: Session = Depends(get_session)):
    result = db.execute(text(f"SELECT id, amount FROM invoices WHERE status = '{status}'"))
    return [dict(row._mapping) for row in result]
