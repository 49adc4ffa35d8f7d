# pattern: flask-jwt-extended app.config JWT_ALGORITHM / JWT_DECODE_ALGORITHMS / JWT_PUBLIC_KEY settings (flask-jwt-extended configuration docs; casey216/stage_2 test.py); flaw: line 21
import os
from datetime import timedelta
from pathlib import Path

from flask import Flask, jsonify, request
from flask_jwt_extended import (
    JWTManager,
    create_access_token,
    get_jwt_identity,
    jwt_required,
)

from .auth import check_password

app = Flask(__name__)
app.config["JWT_ALGORITHM"] = "RS256"
app.config["JWT_PRIVATE_KEY"] = Path(os.environ["JWT_PRIVATE_KEY_FILE"]).read_text()
app.config["JWT_PUBLIC_KEY"] = Path(os.environ["JWT_PUBLIC_KEY_FILE"]).read_text()
app.config["JWT_SECRET_KEY"] = os.environ["LEGACY_JWT_SECRET"]
app.config["JWT_DECODE_ALGORITHMS"] = ["RS256", "HS256"]
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(minutes=30)
app.config["JWT_TOKEN_LOCATION"] = ["headers"]

jwt = JWTManager(app)


@app.post("/auth/login")
def login():
    body = request.get_json() or {}
    user = check_password(body.get("email"), body.get("password"))
    if user is None:
        return jsonify(msg="Bad credentials"), 401
    return jsonify(access_token=create_access_token(identity=str(user.id)))


@app.get("/api/account")
@jwt_required()
def account():
    return jsonify(user_id=get_jwt_identity())
