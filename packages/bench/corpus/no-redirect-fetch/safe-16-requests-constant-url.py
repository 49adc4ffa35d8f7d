import requests

API_URL = "https://api.example.com/v1/rates"


def get_rates():
    return requests.get(API_URL, timeout=5).json()
