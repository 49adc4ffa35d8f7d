from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = True


@app.get("/ping")
def ping():
    return "pong"
