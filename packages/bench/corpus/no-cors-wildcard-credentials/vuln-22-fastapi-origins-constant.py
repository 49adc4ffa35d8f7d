from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware

origins = ["*"]

app = FastAPI(title="Orders API")
app.add_middleware(
    CORSMiddleware,
    allow_origins=origins,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)
