# pattern: Flask form posting a remote CSV URL fetched with urllib3 PoolManager(redirect=False) (Http wrapper idiom from code search); flaw: line 19
import csv
import io

import urllib3
from flask import Flask, redirect, render_template, request, url_for

from .models import Product, db

app = Flask(__name__)
http = urllib3.PoolManager(num_pools=4, timeout=urllib3.Timeout(connect=3, read=20))


@app.route("/admin/products/import", methods=["GET", "POST"])
def import_products():
    if request.method == "GET":
        return render_template("admin/import.html")
    csv_url = request.form["csv_url"]
    resp = http.request("GET", csv_url, redirect=False)
    if resp.status != 200:
        return render_template("admin/import.html", error=f"Download failed ({resp.status})"), 400
    rows = csv.DictReader(io.StringIO(resp.data.decode("utf-8")))
    for row in rows:
        db.session.add(Product(sku=row["sku"], name=row["name"], price=row["price"]))
    db.session.commit()
    return redirect(url_for("import_products"))
