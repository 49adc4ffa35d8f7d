def decode(token, secret):
    return {"token": token, "secret_len": len(secret)}


def describe(token):
    return decode(token, "x")
