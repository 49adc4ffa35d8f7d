# pattern: psycopg 3 AsyncConnection in FastAPI (await aconn.execute(...)) with an f-string UPDATE — flaw at line 28
import psycopg
from fastapi import Depends, FastAPI
from pydantic import BaseModel

from .auth import current_user_id
from .config import DATABASE_URL

app = FastAPI()


class ProfileUpdate(BaseModel):
    display_name: str
    bio: str = ""


async def get_conn():
    async with await psycopg.AsyncConnection.connect(DATABASE_URL) as aconn:
        yield aconn


@app.patch("/me/profile")
async def update_profile(
    body: ProfileUpdate,
    user_id: int = Depends(current_user_id),
    aconn: psycopg.AsyncConnection = Depends(get_conn),
):
    await aconn.execute(
        f"UPDATE profiles SET display_name = '{body.display_name}', bio = '{body.bio}' WHERE user_id = {user_id}"
    )
    await aconn.commit()
    return {"ok": True}
