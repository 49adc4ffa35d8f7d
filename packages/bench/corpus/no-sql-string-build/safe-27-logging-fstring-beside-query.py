import logging
import sqlite3

logger = logging.getLogger(__name__)


def deactivate_account(conn: sqlite3.Connection, account_id: str) -> None:
    logger.info(f"deactivating account {account_id}")
    message = "account " + account_id + " deactivated"
    conn.execute("UPDATE accounts SET active = 0 WHERE id = ?", (account_id,))
    conn.commit()
    logger.info(message)
