import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { inject } from 'vitest';
import { parse } from 'yaml';

import { FIXTURE_RULES, fixtureFiles, ruleFixturesDirectory } from './fixtures';
import { semgrepBinary } from './paths';
import { run, type RunResult } from './run';

export const SEMGREP_ENV = { SEMGREP_ENABLE_VERSION_CHECK: '0', SEMGREP_SEND_METRICS: 'off' };

export interface SemgrepFinding {
  check_id: string;
  path: string;
  start: { line: number; col: number };
  end: { line: number; col: number };
  extra: { message: string; severity: string; metadata: Record<string, unknown> };
}

export interface SemgrepJson {
  results: SemgrepFinding[];
  errors: unknown[];
}

/** With Semgrep's default id rewriting, `check_id` is prefixed with the config's dotted folder; the id is the last segment. */
export function ruleIdOf(checkId: string): string {
  return checkId.slice(checkId.lastIndexOf('.') + 1);
}

/**
 * The ESLint rule a finding mirrors, from the rule's `metadata.eslint-rule` (without the `ai-guard/` prefix): the id
 * baselines and triage key on, whatever Semgrep makes of `check_id`.
 */
export function twinOf(finding: Pick<SemgrepFinding, 'extra'>): string {
  const twin = finding.extra.metadata['eslint-rule'];
  if (typeof twin !== 'string' || !twin.startsWith('ai-guard/'))
    throw new Error(`finding without metadata.eslint-rule: ${JSON.stringify(finding)}`);
  return twin.slice('ai-guard/'.length);
}

/** `--config ai-guard.yml --no-rewrite-rule-ids`: the release's one-file pack, as the README runs it. */
export function packArgs(): string[] {
  return ['--config', inject('semgrepBundle'), '--no-rewrite-rule-ids'];
}

/** The pack's rules by id, read from the bundle (SARIF carries the rule id and help link, not the metadata). */
export function bundledRules(): Map<string, { id: string; metadata: Record<string, unknown> }> {
  const document = parse(readFileSync(inject('semgrepBundle'), 'utf8')) as { rules: { id: string; metadata: Record<string, unknown> }[] };
  return new Map(document.rules.map((rule) => [rule.id, rule]));
}

/** The ai-guard rule a Semgrep check belongs to: `<rule-id>-<check>` carries it as a prefix. */
export function ruleOfCheck(checkId: string): string {
  const id = ruleIdOf(checkId);
  return FIXTURE_RULES.find((rule) => id.startsWith(`${rule}-`)) ?? id;
}

/**
 * Copies the Python fixtures matching `files` into a fresh directory outside the repo (so neither the
 * repo's .gitignore nor Semgrep's default ignore of `test/` decides what is scanned), as `<id>/<file>`.
 */
export async function pythonWorkspace(name: string, files: RegExp): Promise<{ directory: string; files: string[] }> {
  const directory = await mkdtemp(join(inject('workRoot'), `semgrep-${name}-`));
  const selected = fixtureFiles(files);
  for (const file of selected) {
    await mkdir(dirname(join(directory, file)), { recursive: true });
    await cp(join(ruleFixturesDirectory, file), join(directory, file));
  }
  return { directory, files: selected };
}

/** `semgrep scan` with the project's Semgrep, offline: metrics and version checks off, only the local pack as config. */
export function semgrepScan(cwd: string, args: readonly string[]): Promise<RunResult> {
  return run(semgrepBinary, ['scan', '--metrics=off', '--disable-version-check', ...args], { cwd, env: SEMGREP_ENV });
}
