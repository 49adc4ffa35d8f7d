# pattern: Flask entry point calling app.run(host='0.0.0.0', debug=True) (R99bbit/vulnerable-web-app SSRF/flask-urllib/app.py, zahiruddinnorzain/proxybo app.py); flaw: line 25
import os

from flask import Flask, jsonify, request

from inventory import InventoryService

app = Flask(__name__)
inventory = InventoryService(os.environ.get("INVENTORY_DB", "inventory.db"))


@app.get("/api/items")
def list_items():
    return jsonify(inventory.list(limit=request.args.get("limit", 50, type=int)))


@app.post("/api/items")
def create_item():
    item = inventory.create(request.get_json(force=True))
    return jsonify(item), 201


if __name__ == "__main__":
    port = int(os.environ.get("PORT", 8000))
    app.run(host="0.0.0.0", port=port, debug=True)
