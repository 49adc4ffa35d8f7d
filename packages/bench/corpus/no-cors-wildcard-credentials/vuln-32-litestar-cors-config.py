from litestar import Litestar, get
from litestar.config.cors import CORSConfig


@get("/")
async def index() -> dict:
    return {"ok": True}


cors_config = CORSConfig(allow_origins=["*"], allow_credentials=True)
app = Litestar(route_handlers=[index], cors_config=cors_config)
