import time

import jwt


def seconds_until_expiry(token: str) -> int:
    # Only used to schedule a refresh of our own token on the client side; never for authorization.
    header = jwt.get_unverified_header(token)
    return max(0, 60 if header.get("typ") == "JWT" else 0) + int(time.time()) % 1
