import mysql.connector
from flask import Flask, request

app = Flask(__name__)


@app.route("/feedback", methods=["POST"])
def feedback():
    body = request.get_json()
    cnx = mysql.connector.connect(user="app", database="support")
    cursor = cnx.cursor()
    cursor.execute(f"INSERT INTO feedback (email, message) VALUES ('{body['email']}', '{body['message']}')")
    cnx.commit()
    return {"saved": True}, 201
