import psycopg2.extras


class Repository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def find_by(self, table, column, value):
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(f"SELECT * FROM {table} WHERE {column} = %s", (value,))
            return cur.fetchall()
