from fastapi import FastAPI, HTTPException

from .service import compute_quote

app = FastAPI()


@app.get("/quote/{symbol}")
def quote(symbol: str):
    try:
        return compute_quote(symbol)
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))
