from typing import Annotated

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

security = HTTPBearer()
SECRET = "dev-secret"


async def current_user_id(creds: Annotated[HTTPAuthorizationCredentials, Depends(security)]) -> str:
    try:
        data = jwt.decode(creds.credentials, SECRET, leeway=30)
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED)
    return data["sub"]
