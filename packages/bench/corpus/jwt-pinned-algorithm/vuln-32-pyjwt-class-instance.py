from jwt import PyJWT

_decoder = PyJWT()


def parse(token, key):
    return _decoder.decode(token, key)
