# pattern: Flask weather route calling api.openweathermap.org with only the query string from the request (Sichermatias requests params idiom)
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
OWM_KEY = os.environ["OPENWEATHER_API_KEY"]
OWM_URL = "https://api.openweathermap.org/data/2.5/weather"


@app.get("/api/weather")
def weather():
    city = request.args.get("city", "London")
    units = request.args.get("units", "metric")
    resp = requests.get(OWM_URL, params={"q": city, "units": units, "appid": OWM_KEY}, timeout=5)
    if resp.status_code == 404:
        return jsonify({"error": "city not found"}), 404
    resp.raise_for_status()
    body = resp.json()
    return jsonify({"city": body["name"], "temp": body["main"]["temp"], "sky": body["weather"][0]["main"]})
