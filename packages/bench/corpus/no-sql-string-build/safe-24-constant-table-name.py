import pymysql

AUDIT_TABLE = "audit_log"
RETENTION_DAYS = 90


def purge_old_entries(connection: pymysql.connections.Connection):
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AUDIT_TABLE} WHERE created_at < NOW() - INTERVAL %s DAY", (RETENTION_DAYS,))
    connection.commit()
