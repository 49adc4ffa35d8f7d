# pattern: Flask after_request CORS headers (lcrespilho/dojo servers/api_server/__init__.py) echoing the Origin header; flaw: line 14
from flask import Flask, jsonify, request, session
from flask_restful import Api, Resource

from .config import Config

app = Flask(__name__)
app.config.from_object(Config)
api = Api(app)


@app.after_request
def add_cors_headers(response):
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    response.headers["Access-Control-Allow-Credentials"] = "true"
    response.headers["Access-Control-Allow-Headers"] = "Content-Type,Authorization"
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
    return response


class Profile(Resource):
    def get(self):
        if "user_id" not in session:
            return {"error": "unauthorized"}, 401
        return {"user_id": session["user_id"], "name": session.get("name")}


api.add_resource(Profile, "/api/profile")


@app.route("/api/ping")
def ping():
    return jsonify(pong=True)
