import psycopg
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class ProfileUpdate(BaseModel):
    display_name: str
    bio: str


@app.patch("/profiles/{user_id}")
async def update_profile(user_id: int, update: ProfileUpdate):
    async with await psycopg.AsyncConnection.connect("dbname=social") as conn:
        async with conn.cursor() as cur:
            statement = "UPDATE profiles SET display_name = '" + update.display_name + "', bio = '" + update.bio + "'"
            await cur.execute(statement + " WHERE user_id = %s", (user_id,))
    return {"updated": user_id}
