from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/parse")
def parse(value: str):
    try:
        return {"value": int(value)}
    except ValueError as e:
        raise HTTPException(status_code=400, detail=str(e))
