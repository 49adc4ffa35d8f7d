from psycopg import sql
from psycopg_pool import ConnectionPool

pool = ConnectionPool("dbname=warehouse")


def count_rows(table_name: str, status: str) -> int:
    query = sql.SQL("SELECT count(*) FROM {} WHERE status = %s").format(sql.Identifier(table_name))
    with pool.connection() as conn:
        return conn.execute(query, (status,)).fetchone()[0]
