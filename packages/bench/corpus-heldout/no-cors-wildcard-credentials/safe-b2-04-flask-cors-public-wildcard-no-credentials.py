# pattern: flask-cors CORS(app, resources={r'/public/*': {'origins': '*'}}) for a read-only public API without supports_credentials (flask-cors docs, resource-specific CORS)
from flask import Flask, jsonify
from flask_cors import CORS

from .data import load_station_readings, list_stations

app = Flask(__name__)

CORS(app, resources={r"/public/*": {"origins": "*", "methods": ["GET"]}})


@app.get("/public/stations")
def stations():
    return jsonify(list_stations())


@app.get("/public/stations/<station_id>/readings")
def readings(station_id):
    return jsonify(load_station_readings(station_id, limit=500))
