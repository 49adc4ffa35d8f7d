import json

decoder = json.JSONDecoder()


def parse_first(document: str):
    obj, end = decoder.raw_decode(document)
    return obj, end
