# pattern: multi-issuer PyJWT setup: unverified decode to pick the issuer's PyJWKClient, then jwt.decode of the same token (pyjwt docs usage PyJWKClient)
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
import jwt
from jwt import PyJWKClient

AUDIENCE = "api://catalog"
TRUSTED_ISSUERS = {
    "https://login.acme.io/": "https://login.acme.io/.well-known/jwks.json",
    "https://sso.partner-corp.com/": "https://sso.partner-corp.com/oauth2/keys",
}
_jwks_clients = {iss: PyJWKClient(url, cache_keys=True) for iss, url in TRUSTED_ISSUERS.items()}

bearer = HTTPBearer()
app = FastAPI()


def verify(credentials: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    token = credentials.credentials
    try:
        unverified = jwt.decode(token, options={"verify_signature": False})
        issuer = unverified.get("iss")
        client = _jwks_clients.get(issuer)
        if client is None:
            raise HTTPException(status_code=401, detail="untrusted issuer")
        signing_key = client.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            issuer=issuer,
            audience=AUDIENCE,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


@app.get("/catalog/items")
def items(claims: dict = Depends(verify)):
    return {"requested_by": claims["sub"], "items": []}
