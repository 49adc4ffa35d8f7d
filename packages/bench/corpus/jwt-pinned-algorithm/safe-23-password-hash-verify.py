from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")


def authenticate(user, password: str) -> bool:
    return pwd_context.verify(password, user.hashed_password)
