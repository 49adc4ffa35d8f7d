# pattern: FastAPI PATCH endpoint building an UPDATE ... SET from the request body's keys and values, run with psycopg 3 AsyncConnection (generated CRUD endpoints with dynamic SET clauses); flaw: line 26
import psycopg
from fastapi import Body, Depends, FastAPI, HTTPException
from psycopg.rows import dict_row

from app.config import settings

app = FastAPI()


async def get_conn():
    async with await psycopg.AsyncConnection.connect(settings.database_url) as conn:
        yield conn


@app.patch("/profiles/{profile_id}")
async def update_profile(
    profile_id: int,
    changes: dict = Body(...),
    conn: psycopg.AsyncConnection = Depends(get_conn),
):
    if not changes:
        raise HTTPException(status_code=400, detail="Nothing to update")
    assignments = ", ".join(f"{column} = '{value}'" for column, value in changes.items())
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            f"UPDATE profiles SET {assignments} WHERE id = %s RETURNING id, display_name, bio",
            (profile_id,),
        )
        row = await cur.fetchone()
    await conn.commit()
    if row is None:
        raise HTTPException(status_code=404, detail="Profile not found")
    return row
