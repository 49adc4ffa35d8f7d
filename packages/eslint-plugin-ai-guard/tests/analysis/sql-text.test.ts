import { describe, expect, it } from 'vitest';

import { isStatement, literalAt, quotedAt } from '../../src/analysis/sql-text';

describe('quotedAt', () => {
  it('counts single quotes, and double quotes outside them', () => {
    expect(quotedAt("SELECT * FROM t WHERE a = '", 27)).toBe(true);
    expect(quotedAt("SELECT * FROM t WHERE a = 'x' AND b = ", 38)).toBe(false);
    expect(quotedAt('SELECT * FROM t WHERE a = "', 27)).toBe(true);
    expect(quotedAt(`SELECT * FROM t WHERE a = 'it''s "x" `, 38)).toBe(true);
    expect(quotedAt('SELECT "name" FROM t WHERE id = ', 32)).toBe(false);
  });
});

describe('literalAt', () => {
  it('marks a quoted literal compared with or stored in a column', () => {
    expect(literalAt("WHERE email = '", 15)).toEqual({ quoted: true, compared: true });
    expect(literalAt("WHERE name LIKE '%", 18)).toEqual({ quoted: true, compared: true });
    expect(literalAt("WHERE id IN ('a', '", 19)).toEqual({ quoted: true, compared: true });
    expect(literalAt("INSERT INTO t (a) VALUES ('", 27)).toEqual({ quoted: true, compared: true });
  });

  it('leaves function arguments, intervals and quoted names uncompared', () => {
    expect(literalAt("WHERE created < NOW() - INTERVAL '", 34)).toEqual({ quoted: true, compared: false });
    expect(literalAt("PRAGMA foreign_key_list('", 25)).toEqual({ quoted: true, compared: false });
    expect(literalAt('SELECT count(id) FROM "', 23)).toEqual({ quoted: true, compared: false });
    expect(literalAt('SELECT * FROM t ORDER BY ', 25)).toEqual({ quoted: false, compared: false });
  });
});

describe('isStatement', () => {
  it('recognises whole statements after whitespace, comments and parentheses', () => {
    expect(isStatement('SELECT id FROM users')).toBe(true);
    expect(isStatement('\n  select id from users')).toBe(true);
    expect(isStatement('(SELECT COUNT(*) FROM reactions)')).toBe(true);
    expect(isStatement('UPDATE users SET name = 1')).toBe(true);
    expect(isStatement('DELETE FROM sessions')).toBe(true);
    expect(isStatement('-- report\nWITH totals AS (SELECT 1) SELECT * FROM totals')).toBe(true);
  });

  it('rejects fragments and text that only looks like SQL words', () => {
    expect(isStatement('count(id)')).toBe(false);
    expect(isStatement('user:42')).toBe(false);
    expect(isStatement('select-box')).toBe(false);
    expect(isStatement('update the record')).toBe(false);
    expect(isStatement('database/orders')).toBe(false);
  });
});
