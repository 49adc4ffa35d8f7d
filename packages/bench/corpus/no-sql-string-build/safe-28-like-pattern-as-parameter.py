import aiosqlite
from starlette.responses import JSONResponse


async def search_events(request):
    term = request.query_params.get("q", "")
    async with aiosqlite.connect("events.db") as db:
        cursor = await db.execute("SELECT id, title FROM events WHERE title LIKE ?", ("%" + term + "%",))
        rows = await cursor.fetchall()
    return JSONResponse({"events": rows})
