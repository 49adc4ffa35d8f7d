import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { findSqlQueries, methodName, SQL_METHOD_NAMES } from '../../src/analysis/sql-queries';
import { createRuleTester } from '../rule-tester';

/** Reports the SQL text argument of every query call, with its library, method, parameters argument and whether only whole statements count. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'query'>({
  meta: { type: 'problem', schema: [], messages: { query: '{{library}}; {{method}}; {{params}}; {{statementOnly}}' } },
  defaultOptions: [],
  create(context) {
    const candidates: TSESTree.CallExpression[] = [];
    return {
      'CallExpression[callee.type="MemberExpression"]'(node: TSESTree.CallExpression) {
        if (SQL_METHOD_NAMES.has(methodName(node))) candidates.push(node);
      },
      'Program:exit'() {
        for (const query of findSqlQueries(context.sourceCode, candidates)) {
          context.report({
            node: query.text,
            messageId: 'query',
            data: {
              library: query.library?.label ?? '-',
              method: query.method,
              params: String(query.form.params ?? '-'),
              statementOnly: String(query.statementOnly),
            },
          });
        }
      },
    };
  },
});

createRuleTester().run('sql-queries', probe, {
  valid: [
    // Not queries: a method of an unrelated object, a method the library does not query with, a spread argument, a literal statement on an unknown handle.
    'const pool = { query: (s) => s };\npool.query(sql);',
    "import { Pool } from 'pg';\nconst pool = new Pool();\npool.end(sql);",
    "import { Client } from 'pg';\nconst client = new Client();\nclient.execute(sql);",
    "import { Pool } from 'pg';\nconst pool = new Pool();\npool.query(...args);",
    "import Database from 'better-sqlite3';\nconst db = new Database('app.db');\ndb.run(sql);",
    "import { db } from './db';\ndb.query('SELECT * FROM users');",
    "import { db } from './db';\ndb.query(text);",
  ],
  invalid: [
    // pg: `query(text, values)`, the `text` of a config object, a pooled client.
    {
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\npool.query(text, [id]);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'pg', method: 'query', params: '1', statementOnly: 'false' },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
    {
      code: "const { Pool } = require('pg');\nconst pool = new Pool();\npool.query({ text: sql, values: [id] });",
      errors: [
        {
          messageId: 'query',
          data: { library: 'pg', method: 'query', params: '1', statementOnly: 'false' },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 23,
        },
      ],
    },
    {
      code: "import pg from 'pg';\nconst pool = new pg.Pool();\nconst client = await pool.connect();\nclient.query(sql);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'pg', method: 'query', params: '1', statementOnly: 'false' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 17,
        },
      ],
    },
    // A handle stored on the class.
    {
      code: "import { Pool } from 'pg';\nclass Repo { pool = new Pool(); find(sql) { return this.pool.query(sql); } }",
      errors: [
        {
          messageId: 'query',
          data: { library: 'pg', method: 'query', params: '1', statementOnly: 'false' },
          line: 2,
          column: 68,
          endLine: 2,
          endColumn: 71,
        },
      ],
    },
    // postgres: `sql.unsafe`.
    {
      code: "import postgres from 'postgres';\nconst sql = postgres(url);\nsql.unsafe(text, [id]);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'postgres', method: 'unsafe', params: '1', statementOnly: 'false' },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
    // mysql and mysql2: `query` / `execute`, the `sql` of a config object, `.promise()`, `getConnection` callbacks.
    {
      code: "import mysql from 'mysql2/promise';\nconst pool = mysql.createPool({});\nawait pool.execute(sql, [id]);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'mysql2', method: 'execute', params: '1', statementOnly: 'false' },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 23,
        },
      ],
    },
    {
      code: "const mysql = require('mysql2');\nconst pool = mysql.createPool({});\npool.promise().query({ sql, values: [id] });",
      errors: [
        {
          messageId: 'query',
          data: { library: 'mysql2', method: 'query', params: '1', statementOnly: 'false' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
    {
      code: "const mysql = require('mysql');\nconst pool = mysql.createPool({});\npool.getConnection((err, conn) => { conn.query(sql); });",
      errors: [
        {
          messageId: 'query',
          data: { library: 'mysql', method: 'query', params: '1', statementOnly: 'false' },
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 51,
        },
      ],
    },
    // better-sqlite3: `prepare` and `exec`, no parameters on the call.
    {
      code: "import Database from 'better-sqlite3';\nconst db = new Database('app.db');\ndb.prepare(sql).all(id);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'better-sqlite3', method: 'prepare', params: '-', statementOnly: 'false' },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 15,
        },
      ],
    },
    {
      code: "import Database from 'better-sqlite3';\nconst db = new Database('app.db');\ndb.exec(sql);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'better-sqlite3', method: 'exec', params: '-', statementOnly: 'false' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    // sqlite3, after `verbose()`.
    {
      code: "const sqlite3 = require('sqlite3').verbose();\nconst db = new sqlite3.Database(':memory:');\ndb.all(sql, [id], cb);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'sqlite3', method: 'all', params: '1', statementOnly: 'false' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 11,
        },
      ],
    },
    // knex: `raw`, the `*Raw` builder methods, also on a receiver from elsewhere.
    {
      code: "import knex from 'knex';\nconst db = knex({});\ndb.raw(sql, [id]);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'knex', method: 'raw', params: '1', statementOnly: 'false' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 11,
        },
      ],
    },
    {
      code: "import knex from 'knex';\nconst db = knex({});\ndb('users').whereRaw(sql, [id]);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'knex', method: 'whereRaw', params: '1', statementOnly: 'false' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 25,
        },
      ],
    },
    {
      code: 'users.whereRaw(sql);',
      errors: [
        {
          messageId: 'query',
          data: { library: 'knex', method: 'whereRaw', params: '1', statementOnly: 'false' },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 19,
        },
      ],
    },
    // sequelize: `query` and `literal`.
    {
      code: "import { Sequelize } from 'sequelize';\nconst sequelize = new Sequelize('sqlite::memory:');\nsequelize.query(sql, { replacements: [id] });",
      errors: [
        {
          messageId: 'query',
          data: { library: 'sequelize', method: 'query', params: '-', statementOnly: 'false' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 20,
        },
      ],
    },
    {
      code: "import { Sequelize } from 'sequelize';\nSequelize.literal(sql);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'sequelize', method: 'literal', params: '-', statementOnly: 'false' },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 22,
        },
      ],
    },
    // TypeORM: `query`, the query-builder chain whoever made it, a `DataSource` injected by type.
    {
      code: "import { DataSource } from 'typeorm';\nconst dataSource = new DataSource({});\ndataSource.query(sql, [id]);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'TypeORM', method: 'query', params: '1', statementOnly: 'false' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 21,
        },
      ],
    },
    {
      code: "import { DataSource } from 'typeorm';\nconst dataSource = new DataSource({});\ndataSource.getRepository(User).createQueryBuilder('u').where(sql, { id }).orderBy(order);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'TypeORM query builder', method: 'where', params: '1', statementOnly: 'false' },
          line: 3,
          column: 62,
          endLine: 3,
          endColumn: 65,
        },
        {
          messageId: 'query',
          data: { library: 'TypeORM query builder', method: 'orderBy', params: '-', statementOnly: 'false' },
          line: 3,
          column: 83,
          endLine: 3,
          endColumn: 88,
        },
      ],
    },
    {
      code: "repo.createQueryBuilder('u').andWhere(sql);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'TypeORM query builder', method: 'andWhere', params: '1', statementOnly: 'false' },
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 42,
        },
      ],
    },
    {
      code: "import { Injectable } from '@nestjs/common';\nimport { DataSource } from 'typeorm';\n@Injectable()\nclass Users { constructor(private readonly dataSource: DataSource) {} find(sql: string) { return this.dataSource.query(sql); } }",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'query',
          data: { library: 'TypeORM', method: 'query', params: '1', statementOnly: 'false' },
          line: 4,
          column: 120,
          endLine: 4,
          endColumn: 123,
        },
      ],
    },
    // Prisma: the `Unsafe` methods on any receiver, `Prisma.raw`.
    {
      code: "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nprisma.$queryRawUnsafe(sql, id);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'Prisma', method: '$queryRawUnsafe', params: '-', statementOnly: 'false' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
    {
      code: 'client.$executeRawUnsafe(sql);',
      errors: [
        {
          messageId: 'query',
          data: { library: 'Prisma', method: '$executeRawUnsafe', params: '-', statementOnly: 'false' },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 29,
        },
      ],
    },
    {
      code: "import { Prisma } from '@prisma/client';\nPrisma.raw(sql);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'Prisma', method: 'raw', params: '-', statementOnly: 'false' },
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 15,
        },
      ],
    },
    // Drizzle: `sql.raw`.
    {
      code: "import { sql } from 'drizzle-orm';\nsql.raw(text);",
      errors: [
        {
          messageId: 'query',
          data: { library: 'Drizzle', method: 'raw', params: '-', statementOnly: 'false' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 13,
        },
      ],
    },
    // A generic query method on a handle from elsewhere: only in a file that writes SQL statements, and only whole statements count (`statementOnly`).
    {
      code: "import { db } from './db';\ndb.query(`SELECT * FROM users WHERE id = ${id}`);",
      errors: [
        {
          messageId: 'query',
          data: { library: '-', method: 'query', params: '-', statementOnly: 'true' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 48,
        },
      ],
    },
    {
      code: "import { db } from './db';\nconst text = 'SELECT * FROM users WHERE name = ' + name;\ndb.query(text);",
      errors: [
        {
          messageId: 'query',
          data: { library: '-', method: 'query', params: '-', statementOnly: 'true' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 14,
        },
      ],
    },
    {
      code: "cache.get(key);\nconst q = 'SELECT id FROM t';",
      errors: [
        {
          messageId: 'query',
          data: { library: '-', method: 'get', params: '-', statementOnly: 'true' },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 14,
        },
      ],
    },
  ],
});
