import { cp, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { expect } from 'vitest';

import {
  expectedEslintSuppressions,
  expectedFindings,
  findingKey,
  fixtureFiles,
  fixtureRelative,
  ruleFixturesDirectory,
  type FindingKey,
} from './fixtures';
import type { EslintRun, ThrowawayProject } from './projects';

export interface LintScenario {
  project: ThrowawayProject;
  name: string;
  /** Config files written at the workspace root. */
  config: Record<string, string>;
  /** Which fixture files to lint, by name: e.g. /\.js$/ or /\.(js|ts)$/. */
  files: RegExp;
  env?: Record<string, string | undefined>;
}

export interface LintOutcome {
  run: EslintRun;
  /** The workspace directory the fixtures were copied to. */
  fixtures: string;
  files: string[];
  findings: FindingKey[];
  suppressed: { key: FindingKey; justification: string }[];
}

/**
 * Copies the selected fixtures into a fresh workspace's `src/` and lints them with `eslint src` as a user would (not a
 * `fixtures/` folder: the recommended configs treat that as test code).
 */
export async function lintFixtures(scenario: LintScenario): Promise<LintOutcome> {
  const workspace = await scenario.project.workspace(scenario.name, scenario.config);
  const fixtures = join(workspace, 'src');
  const files = fixtureFiles(scenario.files);
  for (const file of files) {
    await mkdir(dirname(join(fixtures, file)), { recursive: true });
    await cp(join(ruleFixturesDirectory, file), join(fixtures, file));
  }
  const run = await scenario.project.eslint(workspace, ['src'], scenario.env);
  expectNoCrash(run);
  const findings: FindingKey[] = [];
  const suppressed: LintOutcome['suppressed'] = [];
  for (const result of run.results) {
    const file = fixtureRelative(fixtures, result.filePath);
    for (const message of result.messages) {
      expect(message.fatal, `${file}: ${message.message}`).not.toBe(true);
      findings.push(findingKey(file, message.line, message.ruleId ?? '(none)'));
    }
    for (const message of result.suppressedMessages ?? []) {
      suppressed.push({
        key: findingKey(file, message.line, message.ruleId ?? '(none)'),
        justification: message.suppressions.map((suppression) => suppression.justification).join('; '),
      });
    }
  }
  return { run, fixtures, files, findings: findings.sort(), suppressed };
}

/** A rule that throws makes ESLint exit 2 with "Oops! Something went wrong!"; lint findings exit 1. */
export function expectNoCrash(run: EslintRun): void {
  expect(run.code, run.stderr).not.toBe(2);
  expect(run.stderr).not.toMatch(/Oops! Something went wrong|TypeError|RangeError|ReferenceError/);
}

/** Every fixture was linted (none silently ignored), each finding is announced, nothing else fires. */
export function expectFixtureFindings(outcome: LintOutcome): void {
  const linted = outcome.run.results.map((result) => fixtureRelative(outcome.fixtures, result.filePath));
  expect(linted.sort()).toEqual([...outcome.files].sort());

  const expected = outcome.files
    .filter((file) => /\/vulnerable\./.test(file))
    .flatMap((file) => expectedFindings(file, 'ai-guard/'))
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(outcome.findings).toEqual(expected);

  const expectedSuppressed = outcome.files
    .filter((file) => /\/suppressed\./.test(file))
    .flatMap(expectedEslintSuppressions)
    .sort();
  expect(outcome.suppressed.map((entry) => entry.key).sort()).toEqual(expectedSuppressed);
  for (const entry of outcome.suppressed) expect(entry.justification, entry.key).not.toBe('');
}
