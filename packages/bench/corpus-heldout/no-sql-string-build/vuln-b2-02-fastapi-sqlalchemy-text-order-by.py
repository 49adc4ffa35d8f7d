# pattern: FastAPI list endpoint with sort_by / order query params interpolated into SQLAlchemy text() (find_paginated(query, model, skip, limit, sort_by, order) helper using sqlalchemy text in a public FastAPI app); flaw: line 19
from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_db

router = APIRouter(prefix="/products", tags=["products"])


@router.get("")
def list_products(
    sort_by: str = Query("created_at"),
    order: str = Query("desc"),
    limit: int = Query(20, le=100),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    stmt = text(
        f"SELECT id, name, price, stock, created_at FROM products "
        f"WHERE deleted_at IS NULL ORDER BY {sort_by} {order} LIMIT :limit OFFSET :offset"
    )
    rows = db.execute(stmt, {"limit": limit, "offset": offset}).mappings().all()
    return {"items": [dict(r) for r in rows], "limit": limit, "offset": offset}
