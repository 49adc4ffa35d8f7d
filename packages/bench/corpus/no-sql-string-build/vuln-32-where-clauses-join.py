import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/reports")
def reports():
    clauses = []
    if request.args.get("region"):
        clauses.append(f"region = '{request.args['region']}'")
    if request.args.get("since"):
        clauses.append(f"created_at >= '{request.args['since']}'")
    where = " AND ".join(clauses) or "TRUE"
    conn = psycopg2.connect("dbname=analytics")
    cur = conn.cursor()
    cur.execute("SELECT region, SUM(amount) FROM sales WHERE " + where + " GROUP BY region")
    return jsonify(cur.fetchall())
