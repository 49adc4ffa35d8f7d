# pattern: hand-written Flask after_request CORS headers with Access-Control-Allow-Credentials (lcrespilho/dojo servers/api_server/__init__.py, iDylaan/AppFullstackRecuperacionErika server/src/config/config_cors.py); flaw: line 11
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.config.from_pyfile("settings.py")


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin", "")
    if origin.endswith("acmehealth.com"):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, Authorization"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


@app.route("/api/patients/me", methods=["GET", "OPTIONS"])
def my_record():
    if request.method == "OPTIONS":
        return "", 204
    patient_id = session.get("patient_id")
    if patient_id is None:
        return jsonify(error="not logged in"), 401
    return jsonify(id=patient_id, appointments=[])
