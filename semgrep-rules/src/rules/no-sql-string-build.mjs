// Python twin of ai-guard/no-sql-string-build: SQL text built by concatenation, an f-string, `%` or `.format` from
// non-constant data, reaching a query API (DB-API cursors and connections, SQLAlchemy text()
// and execute(), Django raw()/extra()/RawSQL, asyncpg, aiosqlite, psycopg, pandas.read_sql).
import { importsAny } from '../lib/anchors.mjs';
import { all, either, focus, metavariableRegex } from '../lib/patterns.mjs';
import { DATABASE_MODULES, SQL_TEXT_CALLS } from '../libraries/sql.mjs';

const anchor = importsAny(DATABASE_MODULES);

// Constants, literals, entries of a constant table and numbers (casts) are not client data.
const NOT_CONSTANT = String.raw`^(?![A-Z][A-Z0-9_]*(\[[^\]]*\])?$|[rRbBuU]?["']|\d+$|(int|float|len|bool|uuid\.UUID)\()`;

/** A string build with a non-constant part ($PART): the source of the taint. */
const builds = [
  'f"...{$PART}..."',
  '"..." + $PART',
  '$PART + "..."',
  '"..." % $PART',
  '"..." % (..., $PART, ...)',
  '"...".format(..., $PART, ...)',
  '"...".format(..., $KEY=$PART, ...)',
  '"...".join(<... $PART ...>)',
].map((build) => all(build, metavariableRegex('$PART', NOT_CONSTANT)));

export default {
  id: 'no-sql-string-build',
  comment: `
Taint: a string build (+, f-string, %, .format) with a non-constant part is the source; the SQL text argument of a
query call is the sink, so a value passed as a query parameter is never reported. Query APIs come from
semgrep-rules/src/libraries/sql.mjs; limited to files importing a database library.`,
  confidence: 'MEDIUM',
  likelihood: 'HIGH',
  impact: 'HIGH',
  technology: ['python', 'sql', 'sqlite3', 'psycopg', 'pymysql', 'sqlalchemy', 'django', 'asyncpg', 'aiosqlite'],
  references: [
    'https://owasp.org/Top10/A03_2021-Injection/',
    'https://cheatsheetseries.owasp.org/cheatsheets/Query_Parameterization_Cheat_Sheet.html',
    'https://peps.python.org/pep-0249/#paramstyle',
    'https://docs.djangoproject.com/en/stable/topics/db/sql/#passing-parameters-into-raw',
  ],
  checks: {
    sqlStringBuilt: {
      summary: 'Non-constant data concatenated, interpolated, %- or .format-ted into SQL text that reaches a query API.',
      message: `SQL text passed to this query call is built from \`$SQL\`, so a quote in that value can rewrite the query.
        Use a placeholder and pass the value as a query parameter: \`cursor.execute("... WHERE id = %s", (value,))\`.`,
      mode: 'taint',
      'pattern-sources': builds,
      'pattern-sanitizers': ['int(...)', 'float(...)', 'uuid.UUID(...)', 'len(...)'],
      'pattern-sinks': [all(either(SQL_TEXT_CALLS), focus('$SQL'), anchor)],
    },
  },
};
