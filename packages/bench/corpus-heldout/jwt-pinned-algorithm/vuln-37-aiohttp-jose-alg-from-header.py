# pattern: python-jose with a JWKS lookup by kid (auth0 python quickstart) in an aiohttp RouteTableDef handler; flaw: line 19
from aiohttp import web
from jose import JWTError, jwt

routes = web.RouteTableDef()


async def verify_request(request: web.Request) -> dict:
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        raise web.HTTPUnauthorized()
    token = auth[7:]
    jwks = request.app["jwks"]
    try:
        header = jwt.get_unverified_header(token)
        key = next((k for k in jwks["keys"] if k["kid"] == header.get("kid")), None)
        if key is None:
            raise web.HTTPUnauthorized(text="unknown key")
        return jwt.decode(token, key, algorithms=header.get("alg"), audience=request.app["audience"])
    except JWTError:
        raise web.HTTPUnauthorized(text="invalid token")


@routes.get("/api/devices")
async def list_devices(request: web.Request) -> web.Response:
    claims = await verify_request(request)
    devices = await request.app["db"].devices_for(claims["sub"])
    return web.json_response({"devices": devices})
