// Query APIs as data: the calls whose first argument (or `where=`) is SQL text, bound to $SQL.

/** DB-API cursors and connections (sqlite3, psycopg, PyMySQL, MySQLdb, aiosqlite), asyncpg, SQLAlchemy sessions. */
export const QUERY_METHODS = ['execute', 'executemany', 'executescript', 'fetch', 'fetchrow', 'fetchval', 'mogrify'];

export const SQL_TEXT_CALLS = [
  ...QUERY_METHODS.map((method) => `$DB.${method}($SQL, ...)`),
  'sqlalchemy.text($SQL, ...)',
  'sqlalchemy.sql.text($SQL, ...)',
  '$MANAGER.raw($SQL, ...)',
  '$QUERYSET.extra(..., where=$SQL, ...)',
  'django.db.models.expressions.RawSQL($SQL, ...)',
  'django.db.models.RawSQL($SQL, ...)',
  'pandas.read_sql($SQL, ...)',
  'pandas.read_sql_query($SQL, ...)',
];

/** A module that talks to a database through one of these imports. */
export const DATABASE_MODULES = [
  'sqlite3',
  'psycopg',
  'psycopg2',
  'pymysql',
  'MySQLdb',
  'mysql',
  'aiosqlite',
  'aiomysql',
  'aiopg',
  'asyncpg',
  'sqlalchemy',
  'django',
  'databases',
  'pandas',
  'cx_Oracle',
  'oracledb',
  'pyodbc',
  'duckdb',
  'clickhouse_driver',
  'snowflake',
];
