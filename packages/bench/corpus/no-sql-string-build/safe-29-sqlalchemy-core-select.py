import sqlalchemy as sa
from flask import Flask, jsonify, request

app = Flask(__name__)
engine = sa.create_engine("postgresql://app@db/crm")
metadata = sa.MetaData()
contacts = sa.Table("contacts", metadata, autoload_with=engine)


@app.route("/contacts")
def contacts_in_city():
    city = request.args.get("city", "")
    label = "contacts in " + city
    stmt = sa.select(contacts.c.name, contacts.c.phone).where(contacts.c.city == city).limit(100)
    with engine.connect() as conn:
        rows = conn.execute(stmt).fetchall()
    return jsonify({"label": label, "rows": [list(row) for row in rows]})
