# pattern: FastAPI diagnostics endpoint building http://{host}:{port}/health from query parameters; flaw: line 14
import requests
from fastapi import APIRouter, Depends, Query

from .auth import require_operator

router = APIRouter(prefix="/diagnostics", dependencies=[Depends(require_operator)])


@router.get("/reachability")
def reachability(host: str = Query(..., max_length=253), port: int = Query(80, ge=1, le=65535)):
    target = f"http://{host}:{port}/health"
    try:
        resp = requests.get(target, timeout=2, allow_redirects=False)
    except requests.RequestException as exc:
        return {"target": target, "reachable": False, "error": exc.__class__.__name__}
    return {"target": target, "reachable": True, "status": resp.status_code, "body": resp.text[:200]}
