import pandas as pd
import sqlalchemy
from flask import Flask, request

app = Flask(__name__)
engine = sqlalchemy.create_engine("sqlite:///metrics.db")


@app.route("/export.csv")
def export_csv():
    metric = request.args["metric"]
    frame = pd.read_sql("SELECT day, value FROM metrics WHERE name = :name", engine, params={"name": metric})
    return frame.to_csv(index=False), 200, {"Content-Type": "text/csv"}
