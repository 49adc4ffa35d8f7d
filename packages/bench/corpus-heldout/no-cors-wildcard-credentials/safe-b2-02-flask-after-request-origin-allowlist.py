# pattern: hand-written Flask after_request echoing Origin only when it is in a set of allowed origins (VercelCORSMiddleware 'origin if origin in allowed_origins' pattern; Express credentials middleware ports)
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.config.from_pyfile("settings.py")

ALLOWED_ORIGINS = {
    "https://portal.acmehealth.com",
    "https://staff.acmehealth.com",
}


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, Authorization"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
    response.headers.add("Vary", "Origin")
    return response


@app.route("/api/patients/me")
def my_record():
    patient_id = session.get("patient_id")
    if patient_id is None:
        return jsonify(error="not logged in"), 401
    return jsonify(id=patient_id, appointments=[])
