from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def homepage(request):
    return JSONResponse({"hello": "world"})


middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True),
]

app = Starlette(routes=[Route("/", homepage)], middleware=middleware)
