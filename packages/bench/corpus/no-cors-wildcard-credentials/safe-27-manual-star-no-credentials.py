from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/public/data")
def public_data():
    response = jsonify({"items": []})
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
