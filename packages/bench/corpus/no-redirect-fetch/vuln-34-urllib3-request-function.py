import urllib3
from fastapi import FastAPI, Query
from fastapi.responses import Response

app = FastAPI()


@app.get("/mirror")
def mirror(url: str = Query(...)):
    return Response(content=urllib3.request("GET", url).data)
