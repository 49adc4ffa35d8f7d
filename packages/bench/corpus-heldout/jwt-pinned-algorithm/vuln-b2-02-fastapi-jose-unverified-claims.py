# pattern: python-jose get_unverified_claims in a FastAPI get_current_user dependency for Supabase tokens (JoseDecoder in a public FastAPI service, src/api/auth/utils/jose_decoder.py); flaw: line 27
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import Workspace

bearer = HTTPBearer()
router = APIRouter(prefix="/workspaces", tags=["workspaces"])


class CurrentUser:
    def __init__(self, user_id: str, email: str | None, role: str):
        self.user_id = user_id
        self.email = email
        self.role = role


async def get_current_user(
    credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer)],
) -> CurrentUser:
    try:
        claims = jwt.get_unverified_claims(credentials.credentials)
    except JWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Could not parse token")
    user_id = claims.get("sub")
    if not user_id:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Token has no subject")
    return CurrentUser(user_id=user_id, email=claims.get("email"), role=claims.get("role", "authenticated"))


@router.get("")
def list_workspaces(
    user: Annotated[CurrentUser, Depends(get_current_user)],
    db: Session = Depends(get_db),
):
    rows = db.query(Workspace).filter(Workspace.owner_id == user.user_id).all()
    return [{"id": w.id, "name": w.name} for w in rows]


@router.delete("/{workspace_id}", status_code=204)
def delete_workspace(
    workspace_id: int,
    user: Annotated[CurrentUser, Depends(get_current_user)],
    db: Session = Depends(get_db),
):
    ws = db.get(Workspace, workspace_id)
    if ws is None or ws.owner_id != user.user_id:
        raise HTTPException(status_code=404, detail="Not found")
    db.delete(ws)
    db.commit()
