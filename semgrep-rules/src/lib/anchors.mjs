// File-level anchors. A `pattern-regex` over the whole file is Semgrep's prefilter for a rule: a file it does not
// match is never parsed or matched for that rule. The anchors ask for an import (or a name that only occurs in the
// files the rule is about), so most files of a large code base are skipped by every rule.
import { either, regex } from './patterns.mjs';

const alternatives = (names) => names.map((name) => name.replace(/[.]/g, '\\.')).join('|');

/**
 * The whole file, when some line imports one of `modules` (`import m`, `import a, m`, `from m import x`, `from m.sub ...`).
 * A module counts only as the start of a dotted name: `from starlette.requests import Request` does not import requests.
 */
export function importsAny(modules) {
  return regex(`(?sm)\\A(?=.*^[ \\t]*(?:from|import)[ \\t][^\\n]*(?<![\\w.])(?:${alternatives(modules)})\\b).*\\z`);
}

/** The whole file, when it contains one of `words` as a word. */
export function mentionsAny(words) {
  return regex(`(?s)\\A(?=.*\\b(?:${alternatives(words)})\\b).*\\z`);
}

/**
 * The whole file, when it matches one of `patterns` (regexes). Each gets a regex of its own: Semgrep's PCRE gives up on a
 * long alternation scanned over a large file (a few hundred kilobytes), and a prefilter that gives up lets the file through.
 */
export function matchesAny(patterns) {
  return either(patterns.map((pattern) => regex(String.raw`(?s)\A(?=.*(?:${pattern})).*\z`)));
}
