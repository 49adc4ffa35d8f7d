# pattern: reading the kid from get_unverified_header to pick a JWKS key, then PyJWT decode pinned to RS256 (Clerk JWT verification utilities for FastAPI, app/core/clerk.py)
import time
from typing import Annotated

import httpx
import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.core.config import settings

bearer = HTTPBearer()
_jwks_cache: dict = {"keys": {}, "fetched_at": 0.0}


def _load_jwks() -> dict:
    if time.time() - _jwks_cache["fetched_at"] > 3600:
        resp = httpx.get(settings.CLERK_JWKS_URL, timeout=5)
        resp.raise_for_status()
        _jwks_cache["keys"] = {
            k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]
        }
        _jwks_cache["fetched_at"] = time.time()
    return _jwks_cache["keys"]


def verify_clerk_token(
    credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer)],
) -> dict:
    token = credentials.credentials
    kid = jwt.get_unverified_header(token).get("kid")
    key = _load_jwks().get(kid)
    if key is None:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Unknown signing key")
    try:
        return jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            issuer=settings.CLERK_ISSUER,
            options={"require": ["exp", "sub"]},
        )
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Invalid token")
