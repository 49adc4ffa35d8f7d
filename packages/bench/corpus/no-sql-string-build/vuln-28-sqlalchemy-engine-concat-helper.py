import sqlalchemy

engine = sqlalchemy.create_engine("postgresql://app@db/crm")


def contacts_in_city(city):
    query = "SELECT name, phone FROM contacts WHERE city = '" + city + "'"
    with engine.connect() as conn:
        return conn.execute(sqlalchemy.text(query)).fetchall()
