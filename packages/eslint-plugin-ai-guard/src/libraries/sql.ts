/**
 * SQL query APIs as data: how each library is imported, how its clients, pools and instances are created and
 * reached, which of their methods take SQL text (and where their parameters go), and the placeholder style a
 * suggestion may use. Read by `analysis/sql-queries.ts` for `no-sql-string-build`.
 */
import { CALL, CONSTRUCT, READ, type TraceMap, type TraceMapNode } from '../analysis/module-references';
import type { LibraryDocs } from './docs';

/** Positional placeholders a suggestion can write: `$1, $2` (pg) or `?` (mysql, sqlite, knex). */
export type PlaceholderStyle = 'dollar' | 'question';

/** Where one call keeps its SQL text and, when the library takes them on the same call, its parameters. */
export interface QueryForm {
  readonly text: number;
  /** The argument that holds the parameters array; absent when the call takes none (`prepare`, `exec`, `literal`). */
  readonly params?: number;
}

/** A method of a handle that hands out another handle: a pooled client, a transaction, a promise wrapper. */
export interface HandleForm {
  /** The call returns (or resolves to) the handle: `pool.connect()`, `pool.promise()`, `dataSource.getRepository(E)`. */
  readonly returns?: SqlLibrary | 'same';
  /** The handle is a property: `dataSource.manager`, `knex.schema`. */
  readonly property?: SqlLibrary | 'same';
  /** The handle is this parameter of the last callback argument: `pool.getConnection((err, conn) => ...)`. */
  readonly callback?: { readonly parameter: number; readonly library?: SqlLibrary };
}

export interface SqlLibrary {
  readonly label: string;
  /** The placeholders the suggestion writes; absent where the style depends on the driver or the call has no parameters. */
  readonly placeholder?: PlaceholderStyle;
  /** Methods of a handle that take SQL text. */
  readonly queries: Readonly<Record<string, QueryForm>>;
  /** Methods (or properties) of a handle that lead to another handle. */
  readonly handles: Readonly<Record<string, HandleForm>>;
  /** Every other method returns the same handle (a query builder's chain). */
  readonly chainable?: boolean;
  /** How the docs describe it: how handles are reached, and what is safe. */
  readonly docs: { readonly reached: string; readonly safe: string };
}

const text = (params?: number): QueryForm => (params === undefined ? { text: 0 } : { text: 0, params });

const PG_CLIENT: SqlLibrary = {
  label: 'pg',
  placeholder: 'dollar',
  queries: { query: text(1) },
  handles: {},
  docs: {
    reached: '`new Pool()`, `new Client()`, `pool.connect()`; `Pool` / `PoolClient` / `Client` injected by type',
    safe: '`$1` with a values array',
  },
};
const PG: SqlLibrary = { ...PG_CLIENT, handles: { connect: { returns: PG_CLIENT, callback: { parameter: 1, library: PG_CLIENT } } } };

const POSTGRES: SqlLibrary = {
  label: 'postgres',
  placeholder: 'dollar',
  queries: { unsafe: text(1) },
  handles: {},
  docs: { reached: '`postgres(url)`', safe: 'the tagged `` sql`...${x}` ``; `sql.unsafe(text, values)` with `$1`' },
};

const MYSQL_CONNECTION: SqlLibrary = {
  label: 'mysql',
  placeholder: 'question',
  queries: { query: text(1) },
  handles: {},
  docs: {
    reached: '`createConnection()`, `createPool()`, `createPoolCluster()`, `pool.getConnection()`',
    safe: '`?` / `??` with a values array; `escape`, `escapeId`, `format`',
  },
};
const MYSQL: SqlLibrary = {
  ...MYSQL_CONNECTION,
  handles: { getConnection: { returns: MYSQL_CONNECTION, callback: { parameter: 1, library: MYSQL_CONNECTION } } },
};

const MYSQL2_CONNECTION: SqlLibrary = {
  label: 'mysql2',
  placeholder: 'question',
  queries: { query: text(1), execute: text(1) },
  handles: {},
  docs: {
    reached:
      '`createConnection()`, `createPool()`, `createPoolCluster()` (also from `mysql2/promise`), `.promise()`, `getConnection()`; `Pool` / `Connection` / `PoolConnection` injected by type',
    safe: '`?` / `??` with a values array; `escape`, `escapeId`, `format`',
  },
};
const MYSQL2: SqlLibrary = {
  ...MYSQL2_CONNECTION,
  handles: {
    promise: { returns: MYSQL2_CONNECTION },
    getConnection: { returns: MYSQL2_CONNECTION, callback: { parameter: 1, library: MYSQL2_CONNECTION } },
  },
};

const BETTER_SQLITE3: SqlLibrary = {
  label: 'better-sqlite3',
  queries: { prepare: text(), exec: text() },
  handles: {},
  docs: { reached: '`new Database(file)`', safe: '`?`, `@name` or `$name` bound on the prepared statement' },
};

const SQLITE3: SqlLibrary = {
  label: 'sqlite3',
  placeholder: 'question',
  queries: { run: text(1), all: text(1), get: text(1), each: text(1), prepare: text(1), exec: text() },
  handles: {},
  docs: { reached: '`new sqlite3.Database(file)`, also after `sqlite3.verbose()`', safe: '`?` or `$name` with a parameters argument' },
};

const SQLITE: SqlLibrary = {
  ...SQLITE3,
  label: 'sqlite',
  docs: { reached: '`await open({ filename, driver })`', safe: '`?` or `$name` with a parameters argument' },
};

const KNEX_RAW_METHODS = [
  'whereRaw',
  'orWhereRaw',
  'andWhereRaw',
  'whereNotRaw',
  'havingRaw',
  'orHavingRaw',
  'orderByRaw',
  'groupByRaw',
  'joinRaw',
  'fromRaw',
] as const;
const KNEX: SqlLibrary = {
  label: 'knex',
  placeholder: 'question',
  queries: { raw: text(1), ...Object.fromEntries(KNEX_RAW_METHODS.map((method) => [method, text(1)])) },
  handles: { transaction: { returns: 'same', callback: { parameter: 0 } }, schema: { property: 'same' } },
  docs: {
    reached: '`knex(config)`, `trx` of `transaction()`; a `Knex` injected by type; the `*Raw` builder methods on any receiver',
    safe: '`?` values and `??` identifiers with a bindings array',
  },
};

const SEQUELIZE: SqlLibrary = {
  label: 'sequelize',
  queries: { query: text(), literal: text() },
  handles: {},
  docs: {
    reached: '`new Sequelize(...)` (sequelize, sequelize-typescript), `Sequelize.literal`, `literal`; a `Sequelize` injected by type',
    safe: '`:name` or `?` with `replacements`, `$1` with `bind`',
  },
};

const TYPEORM_QUERY_BUILDER: SqlLibrary = {
  label: 'TypeORM query builder',
  queries: {
    where: text(1),
    andWhere: text(1),
    orWhere: text(1),
    having: text(1),
    andHaving: text(1),
    orHaving: text(1),
    orderBy: text(),
    addOrderBy: text(),
    groupBy: text(),
    addGroupBy: text(),
    select: text(),
    addSelect: text(),
  },
  handles: {},
  chainable: true,
  docs: {
    reached: '`createQueryBuilder()` on any receiver, the chain after it, `new Brackets(qb => ...)`; `SelectQueryBuilder` injected by type',
    safe: '`:name` with a parameters object; `orderBy` from a constant map',
  },
};
const TYPEORM: SqlLibrary = {
  label: 'TypeORM',
  queries: { query: text(1) },
  handles: {
    manager: { property: 'same' },
    getRepository: { returns: 'same' },
    getTreeRepository: { returns: 'same' },
    createQueryRunner: { returns: 'same' },
    transaction: { callback: { parameter: 0 } },
    createQueryBuilder: { returns: TYPEORM_QUERY_BUILDER },
  },
  docs: {
    reached:
      '`new DataSource()`, `getConnection()`, `getManager()`, `getRepository()`, `.manager`, `createQueryRunner()`, `transaction()`; `DataSource` / `EntityManager` / `Repository` / `QueryRunner` injected by type',
    safe: "the driver's placeholders (`$1` or `?`) with a parameters array",
  },
};

const PRISMA: SqlLibrary = {
  label: 'Prisma',
  queries: { $queryRawUnsafe: text(), $executeRawUnsafe: text() },
  handles: { $transaction: { callback: { parameter: 0 } }, $extends: { returns: 'same' } },
  docs: {
    reached: '`new PrismaClient()`, `$transaction(tx => ...)`, `Prisma.raw`; `$queryRawUnsafe` / `$executeRawUnsafe` on any receiver',
    safe: "the tagged `` $queryRaw`...${x}` `` and `` Prisma.sql`...` ``; the `Unsafe` forms with the driver's placeholders",
  },
};

const DRIZZLE: SqlLibrary = {
  label: 'Drizzle',
  queries: { raw: text() },
  handles: {},
  docs: { reached: '`sql.raw()` from drizzle-orm', safe: 'the tagged `` sql`...${x}` ``' },
};

/** What a traced module member is: a handle, a call taking SQL text itself, a class used as a type, or a module factory. */
export type SqlEntry =
  | { role: 'handle'; library: SqlLibrary }
  | { role: 'query'; library: SqlLibrary; form: QueryForm }
  | { role: 'type'; library: SqlLibrary }
  /** A callback argument whose parameter is a handle: `new Brackets((qb) => ...)`. */
  | { role: 'callback'; library: SqlLibrary; parameter: number }
  /** A call that returns the module again, whose `member` constructs handles: `sqlite3.verbose().Database`. */
  | { role: 'factory'; library: SqlLibrary; member: string };

const handle = (library: SqlLibrary): SqlEntry => ({ role: 'handle', library });
const typeOf = (library: SqlLibrary): SqlEntry => ({ role: 'type', library });
const query = (library: SqlLibrary, form: QueryForm = text()): TraceMapNode<SqlEntry> => ({ [CALL]: { role: 'query', library, form } });
const constructed = (library: SqlLibrary): TraceMapNode<SqlEntry> => ({ [CONSTRUCT]: handle(library), [READ]: typeOf(library) });
const called = (library: SqlLibrary): TraceMapNode<SqlEntry> => ({ [CALL]: handle(library) });
const typed = (library: SqlLibrary): TraceMapNode<SqlEntry> => ({ [READ]: typeOf(library) });

const pgModule: TraceMapNode<SqlEntry> = {
  Pool: constructed(PG),
  Client: constructed(PG_CLIENT),
  PoolClient: typed(PG_CLIENT),
  native: { Pool: constructed(PG), Client: constructed(PG_CLIENT) },
};
const mysqlModule = (library: SqlLibrary): TraceMapNode<SqlEntry> => ({
  createConnection: called(library),
  createPool: called(library),
  createPoolCluster: called(library),
  Pool: typed(library),
  Connection: typed(library),
  PoolConnection: typed(library),
});
const sqlite3Database: TraceMapNode<SqlEntry> = { [CONSTRUCT]: handle(SQLITE3) };
const knexModule: TraceMapNode<SqlEntry> = { [CALL]: handle(KNEX), knex: called(KNEX), Knex: typed(KNEX) };
const sequelizeClass: TraceMapNode<SqlEntry> = { ...constructed(SEQUELIZE), literal: query(SEQUELIZE) };
const sequelizeModule: TraceMapNode<SqlEntry> = { ...sequelizeClass, Sequelize: sequelizeClass, literal: query(SEQUELIZE) };
const typeormModule: TraceMapNode<SqlEntry> = {
  DataSource: constructed(TYPEORM),
  Connection: constructed(TYPEORM),
  EntityManager: typed(TYPEORM),
  Repository: typed(TYPEORM),
  QueryRunner: typed(TYPEORM),
  SelectQueryBuilder: typed(TYPEORM_QUERY_BUILDER),
  getConnection: called(TYPEORM),
  getManager: called(TYPEORM),
  getRepository: called(TYPEORM),
  createConnection: called(TYPEORM),
  Brackets: { [CONSTRUCT]: { role: 'callback', library: TYPEORM_QUERY_BUILDER, parameter: 0 } },
  NotBrackets: { [CONSTRUCT]: { role: 'callback', library: TYPEORM_QUERY_BUILDER, parameter: 0 } },
};
const drizzleModule: TraceMapNode<SqlEntry> = { sql: { raw: query(DRIZZLE) } };

/** Every query library, by module, in every import style `findModuleReferences` knows. */
export const SQL_MODULES: TraceMap<SqlEntry> = {
  pg: { ...pgModule, default: pgModule },
  postgres: { ...called(POSTGRES), default: called(POSTGRES) },
  mysql: mysqlModule(MYSQL),
  mysql2: mysqlModule(MYSQL2),
  'mysql2/promise': mysqlModule(MYSQL2_CONNECTION),
  'better-sqlite3': {
    [CONSTRUCT]: handle(BETTER_SQLITE3),
    [CALL]: handle(BETTER_SQLITE3),
    default: { [CONSTRUCT]: handle(BETTER_SQLITE3) },
  },
  sqlite3: { Database: sqlite3Database, verbose: { [CALL]: { role: 'factory', library: SQLITE3, member: 'Database' } } },
  sqlite: { open: called(SQLITE), Database: typed(SQLITE) },
  knex: { ...knexModule, default: knexModule },
  sequelize: { ...sequelizeModule, default: sequelizeClass },
  'sequelize-typescript': { Sequelize: sequelizeClass },
  typeorm: typeormModule,
  '@prisma/client': { PrismaClient: constructed(PRISMA), Prisma: { raw: query(PRISMA) } },
  'drizzle-orm': drizzleModule,
  'drizzle-orm/sql': drizzleModule,
};

/** Methods whose names only query libraries use: SQL text on any receiver (knex builders, a Prisma client from another file). */
export const DISTINCTIVE_QUERIES: Readonly<Record<string, { library: SqlLibrary; form: QueryForm }>> = {
  ...Object.fromEntries(KNEX_RAW_METHODS.map((method) => [method, { library: KNEX, form: text(1) }])),
  $queryRawUnsafe: { library: PRISMA, form: text() },
  $executeRawUnsafe: { library: PRISMA, form: text() },
};

/**
 * Method names that take SQL text on a handle this file does not create (`db` imported from `./db`, a `pool`
 * parameter): reported only when the text is a whole statement (`SELECT ...`, `UPDATE ... SET`, ...).
 */
export const STATEMENT_QUERIES: ReadonlySet<string> = new Set([
  'query',
  'execute',
  'raw',
  'prepare',
  'exec',
  'run',
  'all',
  'get',
  'each',
  'literal',
  'unsafe',
]);

/** A TypeORM query builder, whoever made it: the chain after `createQueryBuilder()` carries its methods. */
export const QUERY_BUILDER_FACTORY = 'createQueryBuilder';
export const QUERY_BUILDER: SqlLibrary = TYPEORM_QUERY_BUILDER;

const formatModule: TraceMapNode<true> = { format: { [CALL]: true } };
/** `util.format(fmt, ...values)`: joins its arguments into the format's `%s` slots, escaping nothing. */
export const TEXT_FORMATTERS: TraceMap<true> = {
  util: { ...formatModule, default: formatModule },
  'node:util': { ...formatModule, default: formatModule },
};

/** Libraries in the order the docs list them. */
const DOCUMENTED: readonly SqlLibrary[] = [
  PG,
  POSTGRES,
  MYSQL,
  MYSQL2,
  BETTER_SQLITE3,
  SQLITE3,
  SQLITE,
  KNEX,
  SEQUELIZE,
  TYPEORM,
  TYPEORM_QUERY_BUILDER,
  PRISMA,
  DRIZZLE,
];

const PLACEHOLDER_DOCS: Record<PlaceholderStyle, string> = { dollar: '`$1`, `$2`, ...', question: '`?`' };

/** The query APIs as the docs list them, generated from the specs above. */
export const SQL_LIBRARY_DOCS: LibraryDocs = {
  columns: ['library', 'handles recognised', 'calls taking SQL text', 'not reported', 'suggestion placeholders'],
  rows: DOCUMENTED.map((library) => [
    library.label,
    library.docs.reached,
    Object.keys(library.queries)
      .map((method) => `\`${method}\``)
      .join(', '),
    library.docs.safe,
    library.placeholder ? PLACEHOLDER_DOCS[library.placeholder] : 'none',
  ]),
};
