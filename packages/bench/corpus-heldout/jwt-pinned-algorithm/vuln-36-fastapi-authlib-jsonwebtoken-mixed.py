# pattern: authlib JsonWebToken(algorithms) instance with a JWK set (lepture/authlib docs/jose/jwt.rst, authlib issue #307 key loader) in FastAPI; flaw: line 9
import httpx
from authlib.jose import JsonWebKey, JsonWebToken
from authlib.jose.errors import JoseError
from fastapi import Depends, FastAPI, HTTPException, Request

from .config import settings

jwt = JsonWebToken(["HS256", "RS256", "ES256"])
app = FastAPI()

_key_set = None


def key_set():
    global _key_set
    if _key_set is None:
        resp = httpx.get(settings.JWKS_URL, timeout=5)
        resp.raise_for_status()
        _key_set = JsonWebKey.import_key_set(resp.json())
    return _key_set


def current_claims(request: Request) -> dict:
    token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not token:
        raise HTTPException(status_code=401)
    try:
        claims = jwt.decode(token, key_set(), claims_options={"aud": {"essential": True, "value": settings.AUDIENCE}})
        claims.validate()
    except JoseError as exc:
        raise HTTPException(status_code=401, detail=str(exc.error)) from exc
    return dict(claims)


@app.get("/me")
def me(claims: dict = Depends(current_claims)):
    return {"sub": claims["sub"], "email": claims.get("email")}
