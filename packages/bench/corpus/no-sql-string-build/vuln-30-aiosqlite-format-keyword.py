import aiosqlite
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def events(request):
    kind = request.query_params.get("kind", "")
    async with aiosqlite.connect("events.db") as db:
        cursor = await db.execute("SELECT id, payload FROM events WHERE kind = '{kind}'".format(kind=kind))
        rows = await cursor.fetchall()
    return JSONResponse({"events": rows})


app = Starlette(routes=[Route("/events", events)])
