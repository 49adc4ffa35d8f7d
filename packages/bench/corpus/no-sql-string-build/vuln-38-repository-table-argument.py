import psycopg2.extras
from flask import Flask, jsonify, request

app = Flask(__name__)


class Repository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)


repository = Repository("dbname=app")


@app.route("/api/<table>")
def find_by(table):
    column = request.args.get("column", "id")
    value = request.args.get("value")
    with repository.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(f"SELECT * FROM {table} WHERE {column} = %s", (value,))
        return jsonify(cur.fetchall())
