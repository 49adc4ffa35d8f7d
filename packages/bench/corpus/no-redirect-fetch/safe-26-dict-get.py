def header_value(headers: dict, name: str):
    return headers.get(name.lower())
