import requests

BASE_URL = "https://billing.example.com"
session = requests.Session()


def invoice(invoice_id: int) -> dict:
    return session.get(f"{BASE_URL}/invoices/{invoice_id}", timeout=5).json()
