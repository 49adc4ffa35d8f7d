# pattern: SQLAlchemy ORM query with .filter(text(...)) fragment (codeql SQLAlchemyTextClauseInjection qhelp shape) in a Flask API — flaw at line 17
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from ..extensions import db
from ..models import Customer

customers_bp = Blueprint("customers", __name__)


@customers_bp.get("/customers")
def list_customers():
    q = request.args.get("q", "")
    page = int(request.args.get("page", 1))
    query = db.session.query(Customer).filter(Customer.deleted_at.is_(None))
    if q:
        query = query.filter(text(f"customers.company_name ILIKE '%{q}%'"))
    items = query.order_by(Customer.company_name).limit(50).offset((page - 1) * 50).all()
    return jsonify([c.to_dict() for c in items])
