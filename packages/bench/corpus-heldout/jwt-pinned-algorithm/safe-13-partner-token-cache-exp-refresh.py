# pattern: client-credentials token cache reading exp via PyJWT decode without verification to schedule a refresh (jpadilla/pyjwt issue #961 discussion)
import threading
import time

import jwt
import requests

from .config import PARTNER_API_URL, PARTNER_CLIENT_ID, PARTNER_CLIENT_SECRET, PARTNER_TOKEN_URL


class PartnerTokenCache:
    """Keeps one access token for outbound calls to the partner API."""

    def __init__(self, refresh_margin: int = 60):
        self._lock = threading.Lock()
        self._token = None
        self._refresh_at = 0.0
        self._margin = refresh_margin

    def _fetch(self) -> str:
        resp = requests.post(
            PARTNER_TOKEN_URL,
            data={
                "grant_type": "client_credentials",
                "client_id": PARTNER_CLIENT_ID,
                "client_secret": PARTNER_CLIENT_SECRET,
            },
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def get(self) -> str:
        with self._lock:
            if self._token is None or time.time() >= self._refresh_at:
                token = self._fetch()
                exp = jwt.decode(token, options={"verify_signature": False}).get("exp", time.time() + 300)
                self._token = token
                self._refresh_at = exp - self._margin
            return self._token


tokens = PartnerTokenCache()


def fetch_shipments(order_id: str) -> dict:
    resp = requests.get(
        f"{PARTNER_API_URL}/v2/shipments",
        params={"order": order_id},
        headers={"Authorization": f"Bearer {tokens.get()}"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
