# pattern: aiohttp handler reading await request.post() and calling session.request('GET', ...) with allow_redirects (aiohttp client docs); flaw: line 15
from aiohttp import ClientSession, ClientTimeout, web

routes = web.RouteTableDef()


@routes.post("/integrations/test")
async def test_integration(request: web.Request) -> web.Response:
    form = await request.post()
    endpoint = str(form.get("endpoint", "")).strip()
    token = str(form.get("token", ""))
    if not endpoint:
        raise web.HTTPBadRequest(text="endpoint required")
    async with ClientSession(timeout=ClientTimeout(total=8)) as session:
        async with session.request(
            "GET",
            endpoint,
            headers={"Authorization": f"Bearer {token}"},
            allow_redirects=True,
            max_redirects=5,
        ) as resp:
            ok = 200 <= resp.status < 300
            sample = (await resp.text())[:500]
    return web.json_response({"ok": ok, "status": resp.status, "sample": sample})


app = web.Application()
app.add_routes(routes)
