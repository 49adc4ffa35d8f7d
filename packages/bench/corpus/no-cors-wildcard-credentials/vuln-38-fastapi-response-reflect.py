from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/api/me")
async def me(request: Request):
    response = JSONResponse({"id": 42})
    response.headers["Access-Control-Allow-Origin"] = request.headers["origin"]
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
