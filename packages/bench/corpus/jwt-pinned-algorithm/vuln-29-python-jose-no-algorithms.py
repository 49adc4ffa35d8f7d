from jose import jwt, JWTError
from fastapi import HTTPException

SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"


def decode_access_token(token: str):
    try:
        payload = jwt.decode(token, SECRET_KEY)
    except JWTError:
        raise HTTPException(status_code=401, detail="Could not validate credentials")
    return payload
