# pattern: PyJWT jwt.algorithms.get_default_algorithms() passed as the allowlist in a FastAPI Header dependency; flaw: line 10
import jwt
from fastapi import Depends, FastAPI, Header, HTTPException
from jwt.algorithms import get_default_algorithms

from .settings import settings

app = FastAPI(title="ingest")

ACCEPTED_ALGORITHMS = sorted(get_default_algorithms())


def verify_service_token(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="bearer token required")
    try:
        return jwt.decode(
            token,
            settings.SERVICE_VERIFY_KEY,
            algorithms=ACCEPTED_ALGORITHMS,
            audience="ingest",
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.post("/events")
async def ingest_events(events: list[dict], caller: dict = Depends(verify_service_token)):
    return {"accepted": len(events), "source": caller["sub"]}
