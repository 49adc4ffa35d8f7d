/**
 * Why a regular expression used as a CORS origin allowlist lets an attacker-registered origin through,
 * or undefined when it does not. Origins are `scheme://host[:port]`, so a pattern is safe when every
 * alternative is pinned at both ends (or starts at a scheme or a `\.` label boundary) and every dot in
 * the host is escaped.
 */
export function looseOriginPattern(source: string, flags: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags.replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
  if (PROBE_ORIGINS.some((origin) => regex.test(origin))) return 'matches every origin';
  for (const alternative of topLevelAlternatives(source)) {
    const flaw = alternativeFlaw(alternative);
    if (flaw) return flaw;
  }
  return undefined;
}

/** Origins no real allowlist would contain; a pattern that matches one matches everything. */
const PROBE_ORIGINS = ['https://attacker.invalid', 'http://attacker.invalid:8080'];

function alternativeFlaw(alternative: string): string | undefined {
  if (!endsWithAnchor(alternative)) return 'has no `$` anchor, so `https://example.com.attacker.net` style origins match';
  if (!alternative.startsWith('^') && !startsAtBoundary(alternative)) {
    return 'has no `^` anchor, so `https://attackerexample.com` style origins match';
  }
  const tokens = tokenize(alternative);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token !== '.') continue;
    if (next === undefined || !isQuantifier(next)) return 'has an unescaped `.` in the host, which matches any character';
    // `.*example\.com` lets any prefix run into the registrable name.
    const after = tokens[index + 2];
    if (after !== undefined && /^[a-z0-9-]$/i.test(after)) {
      return 'lets `.*` run straight into the domain name, so `https://attackerexample.com` style origins match';
    }
  }
  return undefined;
}

/** A scheme (`https?:\/\/`, `\/\/`) or a leading `\.` already marks where the host label starts. */
function startsAtBoundary(alternative: string): boolean {
  return /^(\(\?:)?\(?(https?|wss?|\\\/\\\/|\\\.|\^\|\\\.)/i.test(alternative);
}

function endsWithAnchor(alternative: string): boolean {
  const trimmed = alternative.replace(/\)+$/, '');
  if (!trimmed.endsWith('$')) return false;
  let backslashes = 0;
  for (let index = trimmed.length - 2; index >= 0 && trimmed[index] === '\\'; index--) backslashes++;
  return backslashes % 2 === 0;
}

function isQuantifier(token: string): boolean {
  return token === '*' || token === '+' || token === '?' || token.startsWith('{');
}

/**
 * Splits a pattern into atoms: escapes (`\.`), character classes (`[a-z]`), quantifiers (`{1,3}`),
 * and single characters. Character classes are one atom, so a `.` inside them is literal.
 */
function tokenize(source: string): string[] {
  const tokens: string[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === '\\') {
      tokens.push(source.slice(index, index + 2));
      index += 2;
    } else if (char === '[') {
      const end = classEnd(source, index);
      tokens.push(source.slice(index, end + 1));
      index = end + 1;
    } else if (char === '{') {
      const end = source.indexOf('}', index);
      const stop = end < 0 ? index : end;
      tokens.push(source.slice(index, stop + 1));
      index = stop + 1;
    } else {
      tokens.push(char);
      index += 1;
    }
  }
  return tokens;
}

function classEnd(source: string, start: number): number {
  for (let index = start + 1; index < source.length; index++) {
    const char = source.charAt(index);
    if (char === '\\') index++;
    else if (char === ']' && index > start + 1) return index;
  }
  return source.length - 1;
}

/** The `|`-separated alternatives outside any group or class. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let current = '';
  for (const token of tokenize(source)) {
    if (token === '(') depth++;
    if (token === ')') depth--;
    if (token === '|' && depth === 0) {
      alternatives.push(current);
      current = '';
    } else {
      current += token;
    }
  }
  alternatives.push(current);
  return alternatives;
}
