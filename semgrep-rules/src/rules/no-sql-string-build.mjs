// Python twin of ai-guard/no-sql-string-build (recommended config): SQL text built by concatenation, an f-string, `%`
// or `.format` from request input, or from a function parameter inside a quoted SQL literal, reaching a query API (DB-API cursors and connections, SQLAlchemy text()
// and execute(), Django raw()/extra()/RawSQL, asyncpg, aiosqlite, psycopg, pandas.read_sql).
import { importsAny, matchesAny, mentionsAny } from '../lib/anchors.mjs';
import { comprehensionPropagators, localHelperArguments } from '../lib/local-functions.mjs';
import { all, either, focus, inside, metavariableRegex, notInside, regex } from '../lib/patterns.mjs';
import { REQUEST_INPUT_MARKERS, requestInput } from '../libraries/web.mjs';
import { DATABASE_MODULES, QUERY_METHODS, SQL_TEXT_CALLS } from '../libraries/sql.mjs';

/** Text forms that build a string: a string built from request input is labelled BUILT. */
const BUILD_FORMS = [
  'f"...{$PART}..."',
  '$LEFT + $RIGHT',
  '"..." % $PART',
  '"..." % (..., $PART, ...)',
  '"...".format(...)',
  '"...".join(...)',
];

/**
 * A helper of this file that builds its parameter into a string (`def build_sql(term): return "... '{}'".format(term)`):
 * request data passed to it comes back built, so the call is labelled BUILT like a build in place.
 */
const builtByHelper = localHelperArguments(
  ['"...".format(..., $P, ...)', '"...".format(..., $KEY=$P, ...)', 'f"...{$P}..."', '"..." % $P', '"..." % (..., $P, ...)'],
  { blocks: false },
);

/** Casts, quoted identifiers (`connection.ops.quote_name(t)`, psycopg's `quote_ident`) and placeholder lists. */
const SANITIZERS = [
  'int(...)',
  'float(...)',
  'uuid.UUID(...)',
  'len(...)',
  'bool(...)',
  '$OPS.quote_name(...)',
  'quote_name(...)',
  '$MODULE.quote_ident(...)',
  'quote_ident(...)',
  'qn(...)',
  '$SEP.join(<... "?" ...>)',
  '$SEP.join(<... "%s" ...>)',
];
/** An entry of a constant table (`SORT_COLUMNS.get(sort, "id")`, `COLUMNS[key]`): the text is the table's, not the client's. */
const tableLookup = all(either('$TABLE[$KEY]', '$TABLE.get(...)'), metavariableRegex('$TABLE', '^[A-Z][A-Z0-9_]*$'));

/**
 * The ESLint rule's default for untyped parameters: a function parameter ($P) counts only where it lands inside a
 * quoted SQL literal. The regexes read the built text, a double-quoted Python string: balanced quote pairs, then an open quote, then the placeholder
 * (or, for +, a literal that ends inside a quoted literal).
 */
const QUOTED = String.raw`^[rRbBuUfF]*"[^']*(?:'[^']*'[^']*)*'[^']*`;
const QUOTED_FIELD = String.raw`${QUOTED}\{`;
const QUOTED_PERCENT = String.raw`${QUOTED}%(?:\(\w+\))?s`;
const quotedParameterBuilds = all(
  inside('def $FUNCTION(..., $P, ...):\n  ...'),
  notInside('def $FUNCTION(..., $P: int, ...):\n  ...'),
  metavariableRegex('$P', String.raw`^(?!(self|cls)$)`),
  either(
    all('f"...{$P}..."', '$BUILD', metavariableRegex('$BUILD', QUOTED_FIELD)),
    all(either('$TEXT.format(..., $P, ...)', '$TEXT.format(..., $KEY=$P, ...)'), metavariableRegex('$TEXT', QUOTED_FIELD)),
    all(either('$TEXT % $P', '$TEXT % (..., $P, ...)'), metavariableRegex('$TEXT', QUOTED_PERCENT)),
    `"=~/^[^']*(?:'[^']*'[^']*)*'[^']*$/" + $P`,
  ),
);

/**
 * A query call of SQL_TEXT_CALLS can occur: a DB-API or ORM method, `extra(` given `where=`, RawSQL, and `text(` or
 * `read_sql(` only in a file that imports SQLAlchemy or pandas (the only way to reach them). Django tests call
 * `.extra(order_by=...)` and name helpers `text(`: those files skip the rule.
 */
const queryCallAnchor = either(
  regex(String.raw`(?s)\A(?=.*\.(?:${QUERY_METHODS.join('|')}|raw)\s*\().*\z`),
  regex(String.raw`(?s)\A(?=.*\.extra\s*\((?=.*\bwhere\s*=)).*\z`),
  regex(String.raw`(?s)\A(?=.*\bRawSQL\s*\().*\z`),
  all(regex(String.raw`(?s)\A(?=.*\btext\s*\().*\z`), importsAny(['sqlalchemy'])),
  all(regex(String.raw`(?s)\A(?=.*\bread_sql(?:_query)?\s*\().*\z`), importsAny(['pandas'])),
);

/**
 * Query calls appear in the file (the prefilter), it talks to a database (it imports a driver or ORM, or uses a
 * cursor, connection or pool made elsewhere: `from .db import get_conn`, `request.app["pool"]`), and one of the two
 * sources can occur in it: request input, or a quote before a placeholder (`'{`, `'%s`) or before the end of a literal
 * that is added to (`'%" +`).
 */
const QUOTED_PLACEHOLDER = [String.raw`'[^'"\n]*(?:\{|%(?:\(\w+\))?s)`, String.raw`'[^'"\n]*"\s*\+`];
const anchor = all(
  queryCallAnchor,
  either(importsAny(DATABASE_MODULES), mentionsAny(['cursor', 'conn', 'connection', 'pool'])),
  // Taint is followed within one file: it must read request input, or put a placeholder inside a quoted SQL literal.
  either(matchesAny(REQUEST_INPUT_MARKERS), matchesAny(QUOTED_PLACEHOLDER)),
);

export default {
  id: 'no-sql-string-build',
  comment: `
Taint rule mirroring the ESLint rule's recommended config. Request input (labelled REQUEST, from
semgrep-rules/src/libraries/web.mjs) built into a string (+, f-string, %, .format, .join) labels that string BUILT, so
a query builder fed request data (select(...).where(col == value)) is not reported; a string build that puts a
function parameter inside a quoted SQL literal is labelled QUOTED_PARAMETER. The sink requires either label. Other non-constant data (table
names, ids, identifiers in library code) is not reported, as with the ESLint option reportNonRequestData off. The SQL
text argument of a query call is the sink, so a value passed as a query parameter is never reported. Query APIs come
from semgrep-rules/src/libraries/sql.mjs; limited to files that talk to a database.`,
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
      summary:
        'Request input, or a function parameter inside a quoted SQL literal, built into SQL text (+, f-string, %, .format) that reaches a query API.',
      message: `SQL text passed to this query call is built from \`$SQL\`, so a quote in that value can rewrite the query.
        Use a placeholder and pass the value as a query parameter: \`cursor.execute("... WHERE id = %s", (value,))\`.`,
      mode: 'taint',
      'pattern-sources': [
        ...requestInput.map((source) => ({ label: 'REQUEST', ...(typeof source === 'string' ? { pattern: source } : source) })),
        { label: 'BUILT', requires: 'REQUEST', ...either(BUILD_FORMS) },
        { label: 'BUILT', requires: 'REQUEST', ...builtByHelper },
        { label: 'QUOTED_PARAMETER', ...quotedParameterBuilds },
      ],
      'pattern-propagators': [
        ...['append', 'extend', 'add'].map((method) => ({ pattern: `$LIST.${method}($X)`, from: '$X', to: '$LIST' })),
        ...comprehensionPropagators,
      ],
      'pattern-sanitizers': [...SANITIZERS, tableLookup],
      'pattern-sinks': [{ requires: 'BUILT or QUOTED_PARAMETER', ...all(either(SQL_TEXT_CALLS), focus('$SQL'), anchor) }],
    },
  },
};
