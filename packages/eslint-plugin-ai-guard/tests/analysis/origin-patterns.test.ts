import { describe, expect, it } from 'vitest';

import { looseOriginPattern } from '../../src/analysis/origin-patterns';

describe('looseOriginPattern', () => {
  it.each([
    [/.*/, 'matches every origin'],
    [/^https?:\/\/.*$/, 'matches every origin'],
    [/example\.com/, 'has no `$` anchor'],
    [/^https:\/\/a\.com|b\.com$/, 'has no `$` anchor'],
    [/example\.com$/, 'has no `^` anchor'],
    [/^https:\/\/app.example.com$/, 'unescaped `.`'],
    [/^https:\/\/.*example\.com$/, 'run straight into the domain name'],
  ])('reports %s', (pattern, flaw) => {
    expect(looseOriginPattern(pattern.source, pattern.flags)).toContain(flaw);
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
    /^null$/,
  ])('accepts %s', (pattern) => {
    expect(looseOriginPattern(pattern.source, pattern.flags)).toBeUndefined();
  });

  it('ignores patterns that do not compile', () => {
    expect(looseOriginPattern('(', '')).toBeUndefined();
  });
});
