# pattern: Flask shared error helper (handle_error(...) returning jsonify with traceback.format_exc()) used across blueprint routes — flaw at line 17
import traceback

from flask import Blueprint, jsonify, request

from ..models import Invoice
from ..pdf import render_invoice_pdf

invoices = Blueprint("invoices", __name__)


def error_response(message, status_code=500):
    body = {
        "error": message,
        "details": traceback.format_exc(),
    }
    return jsonify(body), status_code


@invoices.route("/invoices/<int:invoice_id>/pdf", methods=["POST"])
def generate_pdf(invoice_id):
    invoice = Invoice.query.get_or_404(invoice_id)
    try:
        url = render_invoice_pdf(invoice, locale=request.args.get("locale", "en"))
    except Exception:
        return error_response("PDF generation failed")
    return jsonify({"url": url})
