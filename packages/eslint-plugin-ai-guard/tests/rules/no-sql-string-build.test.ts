import rule from '../../src/rules/no-sql-string-build';
import { createRuleTester } from '../rule-tester';

createRuleTester().run('no-sql-string-build', rule, {
  valid: [
    // The same helper writing only a placeholder: the value goes in the bindings array.
    {
      code: "import type { Request, Response } from 'express';\nimport knex from 'knex';\nconst db = knex({ client: 'pg' });\nfunction filterClause({ status }: { status?: string }): string {\n  return status ? 'status = ?' : '1 = 1';\n}\nexport async function listTickets(req: Request, res: Response) {\n  const filters = { status: req.query.status as string | undefined };\n  res.json(await db('tickets').whereRaw(filterClause(filters), filters.status ? [filters.status] : []));\n}",
      filename: 'file.ts',
    },
    // Placeholders with a parameters argument, escaping, bindings and replacements.
    "import { Pool } from 'pg';\nconst pool = new Pool();\napp.get('/users', async (req, res) => {\n  res.json(await pool.query('SELECT id FROM users WHERE email = $1', [req.query.email]));\n});",
    "const mysql = require('mysql');\nconst connection = mysql.createConnection({});\napp.get('/p', (req, res) => {\n  connection.query('SELECT * FROM products WHERE sku = ?', [req.query.sku], (err, rows) => res.json(rows));\n});",
    "const mysql = require('mysql');\nconst connection = mysql.createConnection({});\napp.get('/p', (req, res) => {\n  connection.query(`SELECT * FROM products WHERE sku = ${connection.escape(req.query.sku)}`, (err, rows) => res.json(rows));\n});",
    "const mysql = require('mysql');\napp.get('/p', (req, res) => {\n  db.query('SELECT * FROM products WHERE sku = ' + mysql.escape(req.query.sku), (err, rows) => res.json(rows));\n});",
    "const db = require('./db');\napp.get('/customers', async (req, res) => {\n  res.json(await db('customers').whereRaw('LOWER(name) LIKE ?', [`%${req.query.q}%`]));\n});",
    "const db = require('./db');\napp.get('/customers', async (req, res) => {\n  res.json(await db('customers').whereRaw('?? = ?', [req.query.column, req.query.value]));\n});",
    "const db = require('./db');\napp.get('/customers', async (req, res) => {\n  res.json(await db('customers').where('name', req.query.name).orderBy(req.query.sort));\n});",
    "const { sequelize } = require('../models');\nexports.stats = async (req, res) => {\n  res.json(await sequelize.query('SELECT COUNT(*) FROM orders WHERE user_id = :userId', { replacements: { userId: req.params.userId } }));\n};",
    "import { AppDataSource } from './data-source';\nexport function findUser(identifier: string) {\n  return AppDataSource.getRepository(User).createQueryBuilder('user').where('user.email = :identifier', { identifier }).getOne();\n}",
    // Tagged templates that parameterise.
    "import { prisma } from '@/lib/prisma';\nexport async function GET(request: Request) {\n  const term = new URL(request.url).searchParams.get('q');\n  return Response.json(await prisma.$queryRaw`SELECT id FROM \"Post\" WHERE title = ${term}`);\n}",
    "import { Prisma, PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function GET(request: Request) {\n  const term = new URL(request.url).searchParams.get('q');\n  return Response.json(await prisma.$queryRawUnsafe(Prisma.sql`SELECT id FROM \"Post\" WHERE title = ${term}`));\n}",
    "import { sql } from 'drizzle-orm';\nimport { Hono } from 'hono';\nconst app = new Hono();\napp.get('/events', async (c) => c.json(await db.execute(sql`SELECT * FROM events WHERE name = ${c.req.query('event')}`)));",
    "import postgres from 'postgres';\nconst sql = postgres(process.env.DATABASE_URL);\napp.get('/t', async (req, res) => {\n  res.json(await sql`SELECT * FROM tags WHERE label = ${req.query.label}`);\n});",
    // Identifiers from a constant allowlist: a const map, a ternary of literals, includes / has / comparisons before use, a switch.
    "import { pool } from '../db/pool.js';\nconst SORT_COLUMNS = Object.freeze({ newest: 'created_at', name: 'name' });\napp.get('/products', async (req, res) => {\n  const column = SORT_COLUMNS[req.query.sort] ?? SORT_COLUMNS.newest;\n  const direction = req.query.dir === 'asc' ? 'ASC' : 'DESC';\n  res.json(await pool.query(`SELECT * FROM products ORDER BY ${column} ${direction}`));\n});",
    "import { pool } from '../db/pool.js';\nconst SORTABLE = ['created_at', 'name', 'price'];\napp.get('/products', async (req, res) => {\n  const sort = SORTABLE.includes(req.query.sort) ? req.query.sort : 'created_at';\n  res.json(await pool.query(`SELECT * FROM products ORDER BY ${sort}`));\n});",
    "import { pool } from '../db/pool.js';\nconst SORTABLE = new Set(['created_at', 'name', 'price']);\napp.get('/products', async (req, res) => {\n  const sort = req.query.sort;\n  if (!SORTABLE.has(sort)) return res.status(400).end();\n  res.json(await pool.query(`SELECT * FROM products ORDER BY ${sort}`));\n});",
    "import { pool } from '../db/pool.js';\napp.get('/products', async (req, res) => {\n  const dir = req.query.dir;\n  if (dir !== 'asc' && dir !== 'desc') throw new Error('bad direction');\n  res.json(await pool.query(`SELECT * FROM products ORDER BY name ${dir}`));\n});",
    {
      code: "const db = require('./db');\nconst ALLOWED = ['name', 'price'];\napp.get('/p', async (req, res) => {\n  const sort = req.query.sort;\n  if (sort && !ALLOWED.includes(sort)) return res.status(400).end();\n  res.json(await db.query(`SELECT * FROM products ORDER BY ${sort || 'id'}`));\n});",
      filename: 'file.js',
    },
    // Numbers and placeholder lists built from data lengths.
    "import { pool } from '../db/pool.js';\napp.get('/products', async (req, res) => {\n  const page = parseInt(req.query.page, 10) || 1;\n  const limit = Number(req.query.limit);\n  res.json(await pool.query(`SELECT * FROM products LIMIT ${limit} OFFSET ${(page - 1) * limit}`));\n});",
    "const db = require('./db');\napp.post('/tags/lookup', (req, res) => {\n  const ids = req.body.ids;\n  const placeholders = ids.map(() => '?').join(',');\n  db.all('SELECT * FROM tags WHERE id IN (' + placeholders + ')', ids, (err, rows) => res.json(rows));\n});",
    "import { Pool } from 'pg';\nexport async function search(pool: Pool, status?: string) {\n  const values: unknown[] = [];\n  let sql = 'SELECT * FROM tickets WHERE 1=1';\n  if (status) {\n    values.push(status);\n    sql += ` AND status = $${values.length}`;\n  }\n  return pool.query(sql, values);\n}",
    // Constants: module consts, enum members, fields, imports, literal-union and number parameters.
    "import { Pool } from 'pg';\nconst pool = new Pool();\nconst TABLE = 'users';\nenum Column { Email = 'email' }\nexport class Users {\n  table = 'accounts';\n  find(id: number) {\n    return pool.query(`SELECT ${Column.Email} FROM ${TABLE} JOIN ${this.table} USING (id) WHERE id = ${id}`);\n  }\n}",
    "import { Pool } from 'pg';\nimport { USERS_TABLE } from './tables';\nconst pool = new Pool();\nexport function findAll(order: 'ASC' | 'DESC', limit: number) {\n  return pool.query(`SELECT * FROM ${USERS_TABLE} ORDER BY id ${order} LIMIT ${limit}`);\n}",
    // Untyped parameters outside a compared literal, and rows of another query, need `reportNonRequestData`.
    "const db = require('../db');\nexports.clearMetrics = (hoursAgo) => db.query(`DELETE FROM metrics WHERE created < NOW() - INTERVAL '${hoursAgo} hours'`);",
    "const db = require('../db');\nexports.list = async function list(sort) {\n  return db.query(`SELECT * FROM products ORDER BY ${sort}`);\n};",
    "import { Pool } from 'pg';\nconst pool = new Pool();\nexport async function purge() {\n  const { rows } = await pool.query('SELECT name FROM archived_tables');\n  for (const row of rows) await pool.query(`DROP TABLE ${row.name}`);\n}",
    // A helper whose callers in this file pass constants, and a wrapper that passes SQL through.
    "const db = require('../db');\nfunction byStatus(status) {\n  return db.query(`SELECT * FROM orders WHERE status = '${status}'`);\n}\nexports.open = () => byStatus('open');",
    "import { Pool } from 'pg';\nconst pool = new Pool();\nexport function run(sql: string, values: unknown[]) {\n  return pool.query(sql, values);\n}",
    // Generic method names whose text is not an SQL statement.
    "app.get('/user/:id', async (req, res) => {\n  res.json(await cache.get(`user:${req.params.id}`));\n});",
    "app.get('/docs/:name', async (req, res) => {\n  res.json(await couch.query(`database/${req.params.name}`, { include_docs: true }));\n});",
    "const db = require('./db');\napp.get('/a', async (req, res) => {\n  res.json(await db.select(db.raw(`count(${req.query.column})`)).from('a'));\n});",
    // An allowlist switch, a constant sort map in a TypeORM builder, numeric arrays.
    "import { Pool } from 'pg';\nconst pool = new Pool();\napp.get('/p', async (req, res) => {\n  const sort = req.query.sort;\n  switch (sort) {\n    case 'name':\n    case 'price':\n      return res.json(await pool.query(`SELECT * FROM products ORDER BY ${sort}`));\n    default:\n      return res.status(400).end();\n  }\n});",
    "import { Repository } from 'typeorm';\nconst SORTABLE: Record<string, string> = { newest: 'p.createdAt', price: 'p.price' };\nexport class CatalogService {\n  constructor(private readonly products: Repository<Product>) {}\n  search(term: string, sort = 'newest') {\n    return this.products.createQueryBuilder('p').where('p.name ILIKE :term', { term: `%${term}%` }).orderBy(SORTABLE[sort] ?? SORTABLE.newest, 'DESC').getMany();\n  }\n}",
    "import { Pool } from 'pg';\nconst pool = new Pool();\nexport function count(ids: number[]) {\n  return pool.query(`SELECT COUNT(*) FROM items WHERE id IN (${ids.join(',')})`);\n}",
  ],
  invalid: [
    // A helper destructures its filters parameter; the caller passes an object holding request data.
    {
      code: "import type { Request, Response } from 'express';\nimport knex from 'knex';\nconst db = knex({ client: 'pg' });\nfunction filterClause({ status }: { status?: string }): string {\n  const parts = ['1 = 1'];\n  if (status) parts.push(`status = '${status}'`);\n  return parts.join(' AND ');\n}\nexport async function listTickets(req: Request, res: Response) {\n  const filters = { status: req.query.status as string | undefined };\n  res.json(await db('tickets').whereRaw(filterClause(filters)));\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'whereRaw', source: 'req.query' },
          line: 6,
          column: 39,
          endLine: 6,
          endColumn: 45,
        },
      ],
    },
    // Each library, each import style, each way of building text.
    {
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\napp.get('/users', async (req, res) => {\n  const { rows } = await pool.query(`SELECT id FROM users WHERE email = '${req.query.email}'`);\n  res.json(rows);\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'pool.query', source: 'req.query' },
          line: 4,
          column: 76,
          endLine: 4,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`$1`, `$2`, ...' },
              output:
                "import { Pool } from 'pg';\nconst pool = new Pool();\napp.get('/users', async (req, res) => {\n  const { rows } = await pool.query(`SELECT id FROM users WHERE email = $1`, [req.query.email]);\n  res.json(rows);\n});",
            },
          ],
        },
      ],
    },
    {
      code: "const { Client } = require('pg');\nconst client = new Client();\napp.post('/search', async (req, res) => {\n  res.json(await client.query(\"SELECT * FROM items WHERE name = '\" + req.body.name + \"'\"));\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'client.query', source: 'req.body' }, line: 4, column: 70, endLine: 4, endColumn: 83 },
      ],
    },
    {
      code: "import pg from 'pg';\nconst pool = new pg.Pool();\napp.get('/orders/:id', async (req, res) => {\n  const client = await pool.connect();\n  res.json(await client.query(`SELECT * FROM orders WHERE id = ${req.params.id}`));\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'client.query', source: 'req.params' },
          line: 5,
          column: 66,
          endLine: 5,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`$1`, `$2`, ...' },
              output:
                "import pg from 'pg';\nconst pool = new pg.Pool();\napp.get('/orders/:id', async (req, res) => {\n  const client = await pool.connect();\n  res.json(await client.query(`SELECT * FROM orders WHERE id = $1`, [req.params.id]));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "const pg = require('pg');\nconst pool = new pg.Pool();\napp.get('/orders/:id', (req, res) => {\n  pool.query(`SELECT * FROM orders WHERE id = ${req.params.id}`, (err, result) => res.json(result.rows));\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'pool.query', source: 'req.params' },
          line: 4,
          column: 49,
          endLine: 4,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`$1`, `$2`, ...' },
              output:
                "const pg = require('pg');\nconst pool = new pg.Pool();\napp.get('/orders/:id', (req, res) => {\n  pool.query(`SELECT * FROM orders WHERE id = $1`, [req.params.id], (err, result) => res.json(result.rows));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "import { Pool } from 'pg';\nexport class UserRepository {\n  constructor(private readonly pool: Pool) {}\n  findByName(name: string) {\n    return this.pool.query(`SELECT * FROM users WHERE name = '${name}'`);\n  }\n}",
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'this.pool.query', source: 'name' },
          line: 5,
          column: 65,
          endLine: 5,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`$1`, `$2`, ...' },
              output:
                "import { Pool } from 'pg';\nexport class UserRepository {\n  constructor(private readonly pool: Pool) {}\n  findByName(name: string) {\n    return this.pool.query(`SELECT * FROM users WHERE name = $1`, [name]);\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      code: "const mysql = require('mysql');\nconst connection = mysql.createConnection({ host: 'db' });\napp.get('/p', (req, res) => {\n  connection.query(`SELECT * FROM products WHERE sku = '${req.query.sku}'`, (err, rows) => res.json(rows));\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'connection.query', source: 'req.query' },
          line: 4,
          column: 59,
          endLine: 4,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`?`' },
              output:
                "const mysql = require('mysql');\nconst connection = mysql.createConnection({ host: 'db' });\napp.get('/p', (req, res) => {\n  connection.query(`SELECT * FROM products WHERE sku = ?`, [req.query.sku], (err, rows) => res.json(rows));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "import mysql from 'mysql2/promise';\nconst pool = mysql.createPool({ host: 'db' });\napp.get('/p', async (req, res) => {\n  const [rows] = await pool.execute(`SELECT * FROM products WHERE category = \"${req.query.category}\"`);\n  res.json(rows);\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'pool.execute', source: 'req.query' },
          line: 4,
          column: 81,
          endLine: 4,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`?`' },
              output:
                "import mysql from 'mysql2/promise';\nconst pool = mysql.createPool({ host: 'db' });\napp.get('/p', async (req, res) => {\n  const [rows] = await pool.execute(`SELECT * FROM products WHERE category = ?`, [req.query.category]);\n  res.json(rows);\n});",
            },
          ],
        },
      ],
    },
    {
      code: "const mysql = require('mysql2');\nconst db = mysql.createPool({ host: 'db' }).promise();\napp.get('/p', async (req, res) => {\n  const [rows] = await db.query('SELECT * FROM products WHERE vendor = ' + req.query.vendor);\n  res.json(rows);\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.query', source: 'req.query' }, line: 4, column: 76, endLine: 4, endColumn: 92 },
      ],
    },
    {
      code: "const mysql = require('mysql');\nconst pool = mysql.createPool({ host: 'db' });\napp.get('/p', (req, res) => {\n  pool.getConnection((err, conn) => {\n    conn.query(`DELETE FROM carts WHERE token = '${req.cookies.cart}'`, () => conn.release());\n  });\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'conn.query', source: 'req.cookies.cart' },
          line: 5,
          column: 52,
          endLine: 5,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`?`' },
              output:
                "const mysql = require('mysql');\nconst pool = mysql.createPool({ host: 'db' });\napp.get('/p', (req, res) => {\n  pool.getConnection((err, conn) => {\n    conn.query(`DELETE FROM carts WHERE token = ?`, [req.cookies.cart], () => conn.release());\n  });\n});",
            },
          ],
        },
      ],
    },
    {
      code: "import type { Pool } from 'mysql2/promise';\nexport async function archive(pool: Pool, ids: Array<string | number>) {\n  return pool.query(`UPDATE notifications SET archived = 1 WHERE id IN (${ids.join(',')})`);\n}",
      errors: [{ messageId: 'sqlStringBuilt', data: { api: 'pool.query', source: 'ids' }, line: 3, column: 75, endLine: 3, endColumn: 88 }],
    },
    {
      code: "import Database from 'better-sqlite3';\nconst db = new Database('app.db');\napp.get('/notes', (req, res) => {\n  res.json(db.prepare(`SELECT * FROM notes WHERE title LIKE '%${req.query.q}%'`).all());\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.prepare', source: 'req.query' }, line: 4, column: 65, endLine: 4, endColumn: 76 },
      ],
    },
    {
      code: "const sqlite3 = require('sqlite3').verbose();\nconst db = new sqlite3.Database('app.db');\napp.get('/notes/:id', (req, res) => {\n  db.get(`SELECT * FROM notes WHERE id = '${req.params.id}'`, (err, row) => res.json(row));\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'db.get', source: 'req.params' },
          line: 4,
          column: 45,
          endLine: 4,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`?`' },
              output:
                "const sqlite3 = require('sqlite3').verbose();\nconst db = new sqlite3.Database('app.db');\napp.get('/notes/:id', (req, res) => {\n  db.get(`SELECT * FROM notes WHERE id = ?`, [req.params.id], (err, row) => res.json(row));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "import { open } from 'sqlite';\nconst db = await open({ filename: 'app.db' });\napp.get('/notes', async (req, res) => {\n  res.json(await db.all(`SELECT * FROM notes WHERE owner = '${req.query.owner}'`));\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'db.all', source: 'req.query' },
          line: 4,
          column: 63,
          endLine: 4,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`?`' },
              output:
                "import { open } from 'sqlite';\nconst db = await open({ filename: 'app.db' });\napp.get('/notes', async (req, res) => {\n  res.json(await db.all(`SELECT * FROM notes WHERE owner = ?`, [req.query.owner]));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "import knex from 'knex';\nconst db = knex({ client: 'pg' });\napp.get('/r', async (req, res) => {\n  res.json(await db.raw(`SELECT * FROM payments WHERE paid_at >= '${req.query.since}'`));\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'db.raw', source: 'req.query' },
          line: 4,
          column: 69,
          endLine: 4,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`?`' },
              output:
                "import knex from 'knex';\nconst db = knex({ client: 'pg' });\napp.get('/r', async (req, res) => {\n  res.json(await db.raw(`SELECT * FROM payments WHERE paid_at >= ?`, [req.query.since]));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "const db = require('./db');\napp.get('/customers', async (req, res) => {\n  res.json(await db('customers').whereRaw(`LOWER(name) LIKE '%${req.query.q}%'`));\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'whereRaw', source: 'req.query' },
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`?`' },
              output:
                "const db = require('./db');\napp.get('/customers', async (req, res) => {\n  res.json(await db('customers').whereRaw(`LOWER(name) LIKE ?`, [`%${req.query.q}%`]));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "const db = require('./db');\nfunction sortExpression(query) {\n  return `${query.sortBy} ${query.order} NULLS LAST`;\n}\napp.get('/articles', async (req, res) => {\n  res.json(await db('articles').orderByRaw(sortExpression(req.query)));\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'orderByRaw', source: 'req.query' }, line: 3, column: 13, endLine: 3, endColumn: 25 },
      ],
    },
    {
      code: "const { knex } = require('knex');\nconst db = knex({ client: 'mysql' });\napp.post('/transfer', async (req, res) => {\n  await db.transaction(async (trx) => {\n    await trx.raw(`UPDATE accounts SET note = '${req.body.note}' WHERE id = 1`);\n  });\n  res.end();\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'trx.raw', source: 'req.body' },
          line: 5,
          column: 50,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`?`' },
              output:
                "const { knex } = require('knex');\nconst db = knex({ client: 'mysql' });\napp.post('/transfer', async (req, res) => {\n  await db.transaction(async (trx) => {\n    await trx.raw(`UPDATE accounts SET note = ? WHERE id = 1`, [req.body.note]);\n  });\n  res.end();\n});",
            },
          ],
        },
      ],
    },
    {
      code: "const { Sequelize, QueryTypes } = require('sequelize');\nconst sequelize = new Sequelize(process.env.DATABASE_URL);\nexports.stats = async (req, res) => {\n  res.json(await sequelize.query(`SELECT COUNT(*) FROM orders WHERE user_id = ${req.params.userId}`, { type: QueryTypes.SELECT }));\n};",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'sequelize.query', source: 'req.params' },
          line: 4,
          column: 81,
          endLine: 4,
          endColumn: 98,
        },
      ],
    },
    {
      code: "import { literal } from 'sequelize';\nexport function reactionCount(type: string) {\n  return literal(`(SELECT COUNT(*) FROM reactions WHERE reactions.type = '${type}')`);\n}",
      errors: [{ messageId: 'sqlStringBuilt', data: { api: 'literal', source: 'type' }, line: 3, column: 77, endLine: 3, endColumn: 81 }],
    },
    {
      code: "import { Injectable } from '@nestjs/common';\nimport { DataSource } from 'typeorm';\n@Injectable()\nexport class LeaderboardService {\n  constructor(private readonly dataSource: DataSource) {}\n  top(region: string) {\n    return this.dataSource.query(`SELECT * FROM players WHERE region = '${region}'`);\n  }\n}",
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'this.dataSource.query', source: 'region' },
          line: 7,
          column: 75,
          endLine: 7,
          endColumn: 81,
        },
      ],
    },
    {
      code: "import { AppDataSource } from './data-source';\nexport function findUser(identifier: string) {\n  return AppDataSource.getRepository(User)\n    .createQueryBuilder('user')\n    .where(`user.email = '${identifier}'`)\n    .getOne();\n}",
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'where', source: 'identifier' }, line: 5, column: 29, endLine: 5, endColumn: 39 },
      ],
    },
    {
      code: "import { Repository } from 'typeorm';\nclass ListDto {\n  sortField?: string;\n}\nexport class CatalogService {\n  constructor(private readonly products: Repository<Product>) {}\n  list(dto: ListDto) {\n    const qb = this.products.createQueryBuilder('p').where('p.visible = true');\n    qb.orderBy(`p.${dto.sortField}`, 'DESC');\n    return qb.getMany();\n  }\n}",
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'qb.orderBy', source: 'dto.sortField' },
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 34,
        },
      ],
    },
    {
      code: "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function GET(request: Request) {\n  const term = new URL(request.url).searchParams.get('q');\n  return Response.json(await prisma.$queryRawUnsafe(`SELECT id FROM \"Post\" WHERE title = '${term}'`));\n}",
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'prisma.$queryRawUnsafe', source: 'new URL(request.url).searchParams' },
          line: 5,
          column: 93,
          endLine: 5,
          endColumn: 97,
        },
      ],
    },
    {
      code: "import { prisma } from '@/lib/prisma';\nexport async function setStatus(req, res) {\n  const count = await prisma.$executeRawUnsafe('UPDATE \"Order\" SET status = \\'' + req.body.status + '\\'');\n  res.json({ count });\n}",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'prisma.$executeRawUnsafe', source: 'req.body' },
          line: 3,
          column: 83,
          endLine: 3,
          endColumn: 98,
        },
      ],
    },
    {
      code: "import { sql } from 'drizzle-orm';\nimport { Hono } from 'hono';\nconst app = new Hono();\napp.get('/events', async (c) => {\n  const name = c.req.query('event');\n  return c.json(await db.execute(sql.raw(`SELECT * FROM events WHERE name = '${name}'`)));\n});",
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'sql.raw', source: "c.req.query('event')" },
          line: 6,
          column: 80,
          endLine: 6,
          endColumn: 84,
        },
      ],
    },
    {
      code: "import postgres from 'postgres';\nconst sql = postgres(process.env.DATABASE_URL);\napp.get('/t', async (req, res) => {\n  res.json(await sql.unsafe(`SELECT * FROM tags WHERE label = '${req.query.label}'`));\n});",
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'sql.unsafe', source: 'req.query' },
          line: 4,
          column: 66,
          endLine: 4,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useParameters',
              data: { placeholders: '`$1`, `$2`, ...' },
              output:
                "import postgres from 'postgres';\nconst sql = postgres(process.env.DATABASE_URL);\napp.get('/t', async (req, res) => {\n  res.json(await sql.unsafe(`SELECT * FROM tags WHERE label = $1`, [req.query.label]));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "const db = require('../db');\napp.get('/tickets', async (req, res) => {\n  let sql = 'SELECT * FROM tickets WHERE 1=1';\n  if (req.query.status) sql += ` AND status = '${req.query.status}'`;\n  res.json(await db.query(sql));\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.query', source: 'req.query' }, line: 4, column: 50, endLine: 4, endColumn: 66 },
      ],
    },
    {
      code: "const db = require('../db');\napp.get('/u', async (req, res) => {\n  const sql = 'SELECT * FROM users WHERE name = :name'.replace(':name', req.query.name);\n  res.json(await db.query(sql));\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.query', source: 'req.query' }, line: 3, column: 73, endLine: 3, endColumn: 87 },
      ],
    },
    {
      code: "const util = require('util');\nconst db = require('../db');\napp.get('/u', async (req, res) => {\n  res.json(await db.query(util.format(\"SELECT * FROM users WHERE name = '%s'\", req.query.name)));\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.query', source: 'req.query' }, line: 4, column: 80, endLine: 4, endColumn: 94 },
      ],
    },
    {
      code: "const db = require('../db');\napp.get('/v', async (req, res) => {\n  const clauses = Object.entries(req.query).map(([column, value]) => `${column} = '${value}'`);\n  res.json(await db.query('SELECT * FROM vehicles WHERE ' + clauses.join(' AND ')));\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.query', source: 'req.query' }, line: 3, column: 73, endLine: 3, endColumn: 79 },
      ],
    },
    {
      code: "const db = require('../db');\nfunction byCategory(category) {\n  return db.execute('SELECT * FROM products WHERE category = \"' + category + '\"');\n}\nmodule.exports = { byCategory };",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.execute', source: 'category' }, line: 3, column: 67, endLine: 3, endColumn: 75 },
      ],
    },
    {
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\napp.post('/admin/sql', async (req, res) => {\n  res.json(await pool.query(req.body.sql));\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'pool.query', source: 'req.body' }, line: 4, column: 29, endLine: 4, endColumn: 41 },
      ],
    },
    {
      code: "const db = require('../db');\nexports.list = async function list(sort) {\n  return db.query(`SELECT * FROM products ORDER BY ${sort}`);\n};",
      options: [{ reportNonRequestData: true }],
      filename: 'file.js',
      errors: [{ messageId: 'sqlStringBuilt', data: { api: 'db.query', source: 'sort' }, line: 3, column: 54, endLine: 3, endColumn: 58 }],
    },
    {
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\nexport async function purge() {\n  const { rows } = await pool.query('SELECT name FROM archived_tables');\n  for (const row of rows) await pool.query(`DROP TABLE ${row.name}`);\n}",
      options: [{ reportNonRequestData: true }],
      filename: 'file.js',
      errors: [
        {
          messageId: 'sqlStringBuilt',
          data: { api: 'pool.query', source: "pool.query('SELECT name FROM archived_tables')" },
          line: 5,
          column: 58,
          endLine: 5,
          endColumn: 66,
        },
      ],
    },
    {
      code: "const db = require('../db');\nexports.expire = (hours) => db.query(`DELETE FROM sessions WHERE created < NOW() - INTERVAL '${hours} hours'`);",
      options: [{ reportNonRequestData: true }],
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.query', source: 'hours' }, line: 2, column: 96, endLine: 2, endColumn: 101 },
      ],
    },
    // A config object, a TypeORM Brackets callback, an untyped resolver argument in a compared literal.
    {
      code: "const { Pool } = require('pg');\nconst pool = new Pool();\napp.get('/a', async (req, res) => {\n  res.json(await pool.query({ text: `SELECT * FROM a WHERE name = '${req.query.name}'`, values: [] }));\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'pool.query', source: 'req.query' }, line: 4, column: 70, endLine: 4, endColumn: 84 },
      ],
    },
    {
      code: "import { Brackets, SelectQueryBuilder } from 'typeorm';\nexport function byStatus(qb: SelectQueryBuilder<Order>, status: string) {\n  return qb.andWhere(new Brackets((inner) => {\n    inner.where(`o.status = '${status}'`).orWhere('o.status IS NULL');\n  }));\n}",
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'inner.where', source: 'status' }, line: 4, column: 32, endLine: 4, endColumn: 38 },
      ],
    },
    {
      code: "const db = require('./db');\nexport const resolvers = {\n  Query: { user: (_parent, args) => db.query(`SELECT * FROM users WHERE login = '${args.login}'`) },\n};",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.query', source: 'args.login' }, line: 3, column: 84, endLine: 3, endColumn: 94 },
      ],
    },
    // A length check is not an allowlist (the near miss checks ALLOWED.includes(sort) after testing that sort is present).
    {
      code: "const db = require('./db');\napp.get('/p', async (req, res) => {\n  const sort = req.query.sort;\n  if (sort && sort.length > 20) return res.status(400).end();\n  res.json(await db.query(`SELECT * FROM products ORDER BY ${sort || 'id'}`));\n});",
      filename: 'file.js',
      errors: [
        { messageId: 'sqlStringBuilt', data: { api: 'db.query', source: 'req.query' }, line: 5, column: 62, endLine: 5, endColumn: 74 },
      ],
    },
  ],
});
