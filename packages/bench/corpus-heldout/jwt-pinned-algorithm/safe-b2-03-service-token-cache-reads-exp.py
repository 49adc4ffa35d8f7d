# pattern: service-to-service client caching its own access token and reading exp with PyJWT verify_signature False to schedule a refresh (client-credentials token caches in public API clients)
import threading
import time

import httpx
import jwt

from config import settings

REFRESH_MARGIN_SECONDS = 60


class BillingClient:
    def __init__(self):
        self._token = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._http = httpx.Client(base_url=settings.BILLING_API_URL, timeout=10)

    def _fetch_token(self) -> str:
        resp = self._http.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": settings.BILLING_CLIENT_ID,
                "client_secret": settings.BILLING_CLIENT_SECRET,
            },
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def _access_token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - REFRESH_MARGIN_SECONDS:
                self._token = self._fetch_token()
                claims = jwt.decode(self._token, options={"verify_signature": False})
                self._expires_at = float(claims.get("exp", time.time() + 300))
            return self._token

    def get_invoice(self, invoice_id: str) -> dict:
        resp = self._http.get(
            f"/v1/invoices/{invoice_id}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
        )
        resp.raise_for_status()
        return resp.json()


billing = BillingClient()
