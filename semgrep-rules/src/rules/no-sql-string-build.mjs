// Python twin of ai-guard/no-sql-string-build: SQL text built by concatenation, an f-string, `%` or `.format` from
// non-constant data, reaching a query API (DB-API cursors and connections, SQLAlchemy text()
// and execute(), Django raw()/extra()/RawSQL, asyncpg, aiosqlite, psycopg, pandas.read_sql).
import { importsAny, mentionsAny } from '../lib/anchors.mjs';
import { all, either, focus, inside, metavariableRegex, not, notInside, regex } from '../lib/patterns.mjs';
import { DATABASE_MODULES, QUERY_METHODS, SQL_TEXT_CALLS } from '../libraries/sql.mjs';

// Constants, literals, entries of a constant table, numbers (casts) and quoted identifiers (`connection.ops.quote_name(t)`,
// psycopg's `quote_ident`) are not client data.
const NOT_CONSTANT = String.raw`^(?![A-Z][A-Z0-9_]*(\[[^\]]*\])?$|[rRbBuU]?["']|\d+$|(int|float|len|bool|uuid\.UUID)\(|([\w.]+\.)?(quote_name|quote_ident|qn)\()`;

/** Text forms that build a string from a part ($PART). */
const BUILD_FORMS = [
  'f"...{$PART}..."',
  '"..." + $PART',
  '$PART + "..."',
  '"..." % $PART',
  '"..." % (..., $PART, ...)',
  '"...".format(..., $PART, ...)',
  '"...".format(..., $KEY=$PART, ...)',
  '"...".join(<... $PART ...>)',
];
const build = either(BUILD_FORMS);

/** A list of placeholders, one per value: `",".join("?" for _ in ids)`, `", ".join(["%s"] * len(ids))`. */
const PLACEHOLDER_LISTS = ['$SEP.join(<... "?" ...>)', '$SEP.join(<... "%s" ...>)'];

/**
 * Names assigned text that is never client data: a list of placeholders (`",".join("?" for _ in ids)`), a model's table
 * name. Names assigned an entry of a table are judged apart, by the table's name.
 */
const SAFE_ASSIGNMENTS = [...PLACEHOLDER_LISTS, '"..." if $CONDITION else "..."', '$MODEL._meta.db_table', '$MODEL._meta.$OPTS.db_table'];
const TABLE_LOOKUPS = ['$PART = $TABLE.get(...)\n...', '$PART = $TABLE[$KEY]\n...'];
const NOT_CONSTANT_TABLE = String.raw`^(?![A-Z][A-Z0-9_]*$)`;

/** A string build with a non-constant part ($PART): the source of the taint. */
const builds = [
  all(
    build,
    metavariableRegex('$PART', NOT_CONSTANT),
    ...PLACEHOLDER_LISTS.map(not),
    ...SAFE_ASSIGNMENTS.map((value) => notInside(`$PART = ${value}\n...`)),
    ...TABLE_LOOKUPS.map(notInside),
  ),
  all(
    either(TABLE_LOOKUPS.map(inside)),
    build,
    metavariableRegex('$PART', NOT_CONSTANT),
    ...PLACEHOLDER_LISTS.map(not),
    metavariableRegex('$TABLE', NOT_CONSTANT_TABLE),
  ),
];

/**
 * Query calls appear in the file (the prefilter), and it talks to a database: it imports a driver or ORM, or uses a
 * cursor, connection or pool made elsewhere (`from .db import get_conn`, `request.app["pool"]`).
 */
const anchor = all(
  regex(String.raw`(?s)\A(?=.*(?:\.(?:${QUERY_METHODS.join('|')}|raw|extra)|\b(?:text|RawSQL|read_sql(?:_query)?))\s*\().*\z`),
  either(importsAny(DATABASE_MODULES), mentionsAny(['cursor', 'conn', 'connection', 'pool'])),
);

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
