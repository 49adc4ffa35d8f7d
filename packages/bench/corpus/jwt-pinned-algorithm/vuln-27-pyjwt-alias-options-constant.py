import jwt as pyjwt

DECODE_OPTIONS = {"verify_signature": False, "verify_exp": True}


def read_claims(token):
    claims = pyjwt.decode(token, "secret", algorithms=["HS256"], options=DECODE_OPTIONS)
    return {"id": claims["sub"], "role": claims["role"]}
