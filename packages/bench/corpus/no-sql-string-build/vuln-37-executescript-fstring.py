import sqlite3


def reset_tenant(tenant_name):
    conn = sqlite3.connect("tenants.db")
    conn.executescript(
        f"""
        DELETE FROM sessions WHERE tenant = '{tenant_name}';
        DELETE FROM uploads WHERE tenant = '{tenant_name}';
        """
    )
    conn.commit()
