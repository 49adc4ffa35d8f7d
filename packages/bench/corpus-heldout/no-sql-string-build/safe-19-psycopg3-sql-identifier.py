# pattern: psycopg 3 sql.SQL(...).format(sql.Identifier(...)) composition with an allowlisted column and %s parameters
import psycopg
from fastapi import Depends, FastAPI, HTTPException
from psycopg import sql

from .config import DATABASE_URL

app = FastAPI()

EXPORTABLE_COLUMNS = {"email", "display_name", "country", "created_at"}


async def get_conn():
    async with await psycopg.AsyncConnection.connect(DATABASE_URL) as aconn:
        yield aconn


@app.get("/admin/users/export")
async def export_column(column: str, country: str, aconn: psycopg.AsyncConnection = Depends(get_conn)):
    if column not in EXPORTABLE_COLUMNS:
        raise HTTPException(status_code=400, detail="unknown column")
    query = sql.SQL("SELECT id, {col} FROM {table} WHERE country = %s ORDER BY id").format(
        col=sql.Identifier(column),
        table=sql.Identifier("users"),
    )
    cur = await aconn.execute(query, (country,))
    return [{"id": r[0], column: r[1]} for r in await cur.fetchall()]
