from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer
import jwt

app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


def get_current_user(token: str = Depends(oauth2_scheme)):
    payload = jwt.decode(token, options={"verify_signature": False})
    username = payload.get("sub")
    if username is None:
        raise HTTPException(status_code=401, detail="Invalid token")
    return {"username": username, "scopes": payload.get("scopes", [])}


@app.get("/users/me")
def read_me(user=Depends(get_current_user)):
    return user
