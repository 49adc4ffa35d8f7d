import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { fixturesDirectory } from './paths';

/**
 * The rules with end-to-end fixtures in `test/fixtures/rules/<id>/`. Adding a rule is one line here
 * plus its fixture files: `vulnerable.{js,ts,py}` mark each expected finding with `// ruleid: <id>`
 * (`# ruleid: <id>` in Python) on the line before it, `clean.*` must produce nothing, and
 * `suppressed.js` / `suppressed.py` hold findings silenced by `eslint-disable-next-line` / `nosemgrep`.
 */
export const FIXTURE_RULES = [
  'jwt-pinned-algorithm',
  'no-cors-wildcard-credentials',
  'no-redirect-fetch',
  'no-sql-string-build',
  'no-stack-in-response',
  'no-unvalidated-url-fetch',
  'safe-upload-name',
] as const;

export const ruleFixturesDirectory = join(fixturesDirectory, 'rules');

/** A finding as `<relative path>:<line> <rule id>`, the unit every comparison in these tests uses. */
export type FindingKey = string;

export function findingKey(path: string, line: number, ruleId: string): FindingKey {
  return `${path}:${line} ${ruleId}`;
}

/** Fixture files of every listed rule with the given name pattern, relative to `ruleFixturesDirectory`. */
export function fixtureFiles(pattern: RegExp): string[] {
  return FIXTURE_RULES.flatMap((id) =>
    readdirSync(join(ruleFixturesDirectory, id))
      .filter((name) => pattern.test(name))
      .map((name) => `${id}/${name}`),
  );
}

const RULEID_ANNOTATION = /^\s*(?:\/\/|#)\s*ruleid:\s*([\w-]+)\s*$/;
const ESLINT_DISABLE = /eslint-disable-next-line\s+ai-guard\/([\w-]+)/;
const NOSEMGREP = /#\s*nosemgrep:\s*([\w-]+)/;

/** The findings a fixture announces with `ruleid:` comments: the rule fires on the line after each. */
export function expectedFindings(file: string, prefix = ''): FindingKey[] {
  return annotatedLines(file, RULEID_ANNOTATION, 1).map(({ line, id }) => findingKey(file, line, `${prefix}${id}`));
}

/** The findings an `eslint-disable-next-line ai-guard/<id>` comment silences: on the line after it. */
export function expectedEslintSuppressions(file: string): FindingKey[] {
  return annotatedLines(file, ESLINT_DISABLE, 1).map(({ line, id }) => findingKey(file, line, `ai-guard/${id}`));
}

/** The findings a trailing `# nosemgrep: <id>` silences: on its own line. */
export function expectedSemgrepSuppressions(file: string): FindingKey[] {
  return annotatedLines(file, NOSEMGREP, 0).map(({ line, id }) => findingKey(file, line, id));
}

function annotatedLines(file: string, pattern: RegExp, offset: number): { line: number; id: string }[] {
  const lines = readFileSync(join(ruleFixturesDirectory, file), 'utf8').split('\n');
  return lines.flatMap((text, index) => {
    const id = pattern.exec(text)?.[1];
    return id ? [{ line: index + 1 + offset, id }] : [];
  });
}

/** `<id>/<file>` for a path somewhere under a workspace's copy of the fixtures. */
export function fixtureRelative(workspaceFixtures: string, filePath: string): string {
  return relative(workspaceFixtures, filePath).split('\\').join('/');
}
