import jwt
from aiohttp import web


@web.middleware
async def auth_middleware(request, handler):
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    payload = jwt.decode(token, options={"verify_signature": False})
    request["user_id"] = payload["sub"]
    return await handler(request)
