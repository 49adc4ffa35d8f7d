from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

app = Starlette()
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"^https://[a-z0-9-]+\.example\.com$",
    allow_credentials=True,
)
