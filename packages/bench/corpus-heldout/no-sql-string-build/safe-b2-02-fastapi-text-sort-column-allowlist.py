# pattern: SQLAlchemy text() whose ORDER BY column comes from a constant mapping and whose values are bound parameters (fastapi Sorter with column_map; SQLAlchemy textual SQL docs)
from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_db

router = APIRouter(prefix="/products", tags=["products"])

SORT_COLUMNS = {
    "name": "p.name",
    "price": "p.price",
    "newest": "p.created_at",
}
SORT_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@router.get("")
def list_products(
    category_id: int,
    sort: str = Query("newest"),
    order: str = Query("desc"),
    limit: int = Query(20, le=100),
    db: Session = Depends(get_db),
):
    column = SORT_COLUMNS.get(sort, "p.created_at")
    direction = SORT_DIRECTIONS.get(order.lower(), "DESC")
    stmt = text(
        "SELECT p.id, p.name, p.price FROM products p "
        "WHERE p.category_id = :category_id AND p.deleted_at IS NULL "
        f"ORDER BY {column} {direction} LIMIT :limit"
    )
    rows = db.execute(stmt, {"category_id": category_id, "limit": limit}).mappings().all()
    return [dict(r) for r in rows]
