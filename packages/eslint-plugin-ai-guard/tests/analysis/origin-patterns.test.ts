import { describe, expect, it } from 'vitest';

import { describePatternFlaw, looseOriginPattern, looseStringCheck } from '../../src/analysis/origin-patterns';

describe('looseOriginPattern', () => {
  it.each([
    [/.*/, 'every', 'https://attacker.invalid'],
    [/^https?:\/\/.*$/, 'every', 'https://attacker.invalid'],
    [/^null$/, 'null', 'null'],
    [/example\.com/, 'end', 'https://example.com.attacker.net'],
    [/^https:\/\/example\.com/, 'end', 'https://example.com.attacker.net'],
    [/^https:\/\/a\.com|b\.com$/, 'end', 'https://a.com.attacker.net'],
    [/example\.com$/, 'start', 'https://attacker-example.com'],
    [/^https:\/\/a\.com$|b\.com$/, 'start', 'https://attacker-b.com'],
    [/^https:\/\/app.example.com$/, 'dot', 'https://appxexample.com'],
    [/^https:\/\/(www.)?example\.com$/, 'dot', 'https://wwwxexample.com'],
    [/^https:\/\/[a-z0-9-]+.example\.com$/, 'dot', 'https://axexample.com'],
    [/^https:\/\/.*example\.com$/, 'prefix', 'https://attacker-example.com'],
    [/^https:\/\/[a-z]*example\.com$/i, 'prefix', 'https://attackerexample.com'],
    [/^https:\/\/([a-z]+\.)?vercel\.app$/, 'prefix', 'https://attacker.vercel.app'],
  ])('%s lets through an attacker origin (%s)', (pattern, kind, example) => {
    expect(looseOriginPattern(pattern.source, pattern.flags)).toMatchObject({ kind, example });
  });

  it.each([
    /^https:\/\/([a-z]+\.)?example\.com$/,
    /\.example\.com$/,
    /^https:\/\/.*\.example\.com$/,
    /(?:^|\.)example\.com$/,
    /^https:\/\/a\.com$|^https:\/\/b\.com$/,
    /^(https:\/\/a\.com|https:\/\/b\.com)$/,
    /^https?:\/\/(www\.)?example\.com(:\d{2,5})?$/,
    /https:\/\/example\.com$/,
    /^http:\/\/localhost:\d+$/i,
    /^https:\/\/([a-z0-9-]+\.)*example\.com$/,
    /^https:\/\/[.]example\.com$/,
    /^https:\/\/app-[a-z0-9]+\.vercel\.app$/,
  ])('accepts %s', (pattern) => {
    expect(looseOriginPattern(pattern.source, pattern.flags)).toBeUndefined();
  });

  it('judges a pattern on the host alone by hosts', () => {
    expect(looseOriginPattern('example\\.com$', '', 'host')).toMatchObject({ kind: 'start', example: 'https://attacker-example.com' });
    expect(looseOriginPattern('(^|\\.)example\\.com$', '', 'host')).toBeUndefined();
  });

  it('reads unicode-sets patterns and ignores patterns that do not compile', () => {
    expect(looseOriginPattern('^https://[[a-z]--[q]]+\\.example\\.com$', 'v')).toBeUndefined();
    expect(looseOriginPattern('(', '')).toBeUndefined();
  });

  it('words each flaw with its example', () => {
    expect(describePatternFlaw({ kind: 'end', example: 'https://a.com.attacker.net', alternatives: false })).toBe(
      'has no `$` anchor, so it also matches `https://a.com.attacker.net`',
    );
    expect(describePatternFlaw({ kind: 'end', example: 'https://a.com.attacker.net', alternatives: true })).toBe(
      'leaves an alternative without `$` (`|` splits the anchors), so it also matches `https://a.com.attacker.net`',
    );
    expect(describePatternFlaw({ kind: 'every', example: 'https://attacker.invalid', alternatives: false })).toBe('matches every origin');
  });
});

describe('looseStringCheck', () => {
  it.each([
    ['includes', 'example.com', 'origin', 'https://attacker-example.com'],
    ['includes', 'localhost', 'origin', 'https://localhost.attacker.net'],
    ['endsWith', 'example.com', 'origin', 'https://attacker-example.com'],
    ['endsWith', '.vercel.app', 'origin', 'https://attacker.vercel.app'],
    ['endsWith', ':3000', 'origin', 'https://attacker.net:3000'],
    ['startsWith', 'https://example.com', 'origin', 'https://example.com.attacker.net'],
    ['startsWith', 'http://localhost', 'origin', 'http://localhost.attacker.net'],
    ['endsWith', 'example.com', 'host', 'https://attacker-example.com'],
    ['equals', 'null', 'origin', 'null'],
  ] as const)('%s(%j) on the %s passes %s', (method, argument, part, example) => {
    expect(looseStringCheck(method, argument, part)).toBe(example);
  });

  it.each([
    ['endsWith', '.example.com', 'origin'],
    ['endsWith', 'https://example.com', 'origin'],
    ['startsWith', 'https://example.com:', 'origin'],
    ['startsWith', 'https://example.com/', 'origin'],
    ['endsWith', '.example.com', 'host'],
    ['equals', 'https://example.com', 'origin'],
  ] as const)('%s(%j) on the %s pins the host', (method, argument, part) => {
    expect(looseStringCheck(method, argument, part)).toBeUndefined();
  });
});
