# pattern: aiohttp handler calling a payments API whose base URL is configuration, with only query parameters from the request (aiohttp ClientSession params=; payment-provider integrations)
import aiohttp
from aiohttp import web

from config import settings


async def list_payments(request: web.Request) -> web.Response:
    params = {
        "customer": request.query.get("customer", ""),
        "limit": min(int(request.query.get("limit", 20)), 100),
    }
    if request.query.get("starting_after"):
        params["starting_after"] = request.query["starting_after"]

    session: aiohttp.ClientSession = request.app["http"]
    async with session.get(
        f"{settings.PAYMENTS_API_URL}/v1/charges",
        params=params,
        headers={"Authorization": f"Bearer {settings.PAYMENTS_SECRET_KEY}"},
    ) as resp:
        data = await resp.json()
    return web.json_response({"charges": data.get("data", []), "has_more": data.get("has_more", False)})


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/billing/payments", list_payments)
