# pattern: psycopg2 cursor.execute with Python %-interpolation instead of a parameters tuple (psycopg docs "the problem with the query parameters") — flaw at line 17
import psycopg2
import psycopg2.extras
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("accounts", __name__)


def get_conn():
    return psycopg2.connect(current_app.config["DATABASE_URL"])


@bp.route("/accounts/by-email")
def account_by_email():
    email = request.args["email"].strip().lower()
    with get_conn() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute("SELECT id, email, plan, created_at FROM accounts WHERE email = '%s'" % email)
        account = cur.fetchone()
    if not account:
        return jsonify({"error": "not found"}), 404
    return jsonify(account)
