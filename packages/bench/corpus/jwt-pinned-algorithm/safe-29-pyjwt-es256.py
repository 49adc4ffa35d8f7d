from jwt import decode

PUBLIC_KEY = open("ec_public.pem").read()


def verify(token: str) -> dict:
    return decode(token, PUBLIC_KEY, algorithms=["ES256"], issuer="https://issuer.example")
