CACHE = {}


def get(key, default=None):
    return CACHE.get(key, default)


def lookup(url):
    return get(url)
