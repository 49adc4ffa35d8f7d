# pattern: python-jose jose.jwt.get_unverified_claims in a FastAPI JWTAuth dependency (core_zenoa auth module, seen via code search); flaw: line 25
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer
from jose import jwt
from jose.exceptions import JWTError
from pydantic import BaseModel

from app.settings import settings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl=str(settings.IAM_TOKEN_URL))
app = FastAPI(title="projects-service")


class UserClaims(BaseModel):
    sub: str
    email: str | None = None
    tenant_id: str
    roles: list[str] = []


def parse_claims(token: str) -> UserClaims:
    try:
        raw = jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status_code=401, detail="Malformed token") from exc
    return UserClaims.model_validate(raw)


async def current_claims(token: Annotated[str, Depends(oauth2_scheme)]) -> UserClaims:
    return parse_claims(token)


@app.get("/tenants/{tenant_id}/projects")
async def list_projects(tenant_id: str, claims: Annotated[UserClaims, Depends(current_claims)]):
    if claims.tenant_id != tenant_id:
        raise HTTPException(status_code=403, detail="Forbidden")
    return {"tenant": tenant_id, "owner": claims.sub, "projects": []}


@app.delete("/tenants/{tenant_id}/projects/{project_id}")
async def delete_project(tenant_id: str, project_id: str, claims: Annotated[UserClaims, Depends(current_claims)]):
    if claims.tenant_id != tenant_id or "project-admin" not in claims.roles:
        raise HTTPException(status_code=403, detail="Forbidden")
    return {"deleted": project_id}
