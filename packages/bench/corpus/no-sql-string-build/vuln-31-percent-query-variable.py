import MySQLdb
from flask import Flask, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    password = request.form["password"]
    db = MySQLdb.connect(host="localhost", user="web", passwd="web", db="site")
    cur = db.cursor()
    sql = "SELECT id FROM accounts WHERE username = '%s' AND password_hash = SHA2('%s', 256)" % (username, password)
    cur.execute(sql)
    return {"ok": cur.fetchone() is not None}
