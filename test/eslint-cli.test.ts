import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ESLINTRC_RECOMMENDED, FLAT_CONFIG_CJS, FLAT_CONFIG_ESM } from './support/configs';
import { expectedFindings, FIXTURE_RULES, fixtureRelative, ruleFixturesDirectory } from './support/fixtures';
import { expectFixtureFindings, expectNoCrash, lintFixtures } from './support/lint-fixtures';
import { throwawayProject, type ThrowawayProject } from './support/projects';

/** The rules the recommended configs keep on in test files (the others need a deployed server to matter). */
const ON_IN_TEST_FILES = new Set(['ai-guard/jwt-pinned-algorithm', 'ai-guard/safe-upload-name']);

/**
 * Every vulnerable JS fixture copied under `test/`, linted with the recommended config: only the rules kept on in test
 * files report, on the same lines as in application code.
 */
async function expectTestFilePolicy(project: ThrowawayProject, config: Record<string, string>): Promise<void> {
  const files = Object.fromEntries(
    FIXTURE_RULES.map((id) => [`test/${id}/vulnerable.js`, readFileSync(join(ruleFixturesDirectory, id, 'vulnerable.js'), 'utf8')]),
  );
  const workspace = await project.workspace('test-files', { ...config, ...files });
  const run = await project.eslint(workspace, ['test']);
  expectNoCrash(run);
  const findings = run.results
    .flatMap((result) =>
      result.messages.map((message) => `${fixtureRelative(join(workspace, 'test'), result.filePath)}:${message.line} ${message.ruleId}`),
    )
    .sort();
  const expected = FIXTURE_RULES.flatMap((id) => expectedFindings(`${id}/vulnerable.js`, 'ai-guard/'))
    .filter((key) => ON_IN_TEST_FILES.has(key.split(' ')[1] ?? ''))
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(findings).toEqual(expected);
}

// The packed plugin, installed from its tarball next to a pinned ESLint, run through the real CLI:
// every rule with fixtures fires exactly on the annotated lines of `vulnerable.*`, never on `clean.*`,
// and an `eslint-disable-next-line ai-guard/<id> -- reason` comment suppresses it (with its reason kept).

describe('ESLint 8.57 with .eslintrc.json', () => {
  let project: ThrowawayProject;
  beforeAll(async () => {
    project = await throwawayProject('eslint8');
  });

  it('plugin:ai-guard/legacy-recommended reports the vulnerable fixtures only', async () => {
    const outcome = await lintFixtures({ project, name: 'eslintrc', config: { '.eslintrc.json': ESLINTRC_RECOMMENDED }, files: /\.js$/ });
    expect(outcome.run.code).toBe(1);
    expectFixtureFindings(outcome);
  });

  it('legacy-recommended keeps only jwt-pinned-algorithm and safe-upload-name on in test files', async () => {
    await expectTestFilePolicy(project, { '.eslintrc.json': ESLINTRC_RECOMMENDED });
  });
});

describe('ESLint 9.39', () => {
  let project: ThrowawayProject;
  beforeAll(async () => {
    project = await throwawayProject('eslint9');
  });

  it('eslint.config.js with configs.recommended reports JS and TS vulnerable fixtures only', async () => {
    const outcome = await lintFixtures({ project, name: 'flat', config: { 'eslint.config.js': FLAT_CONFIG_CJS }, files: /\.(js|ts)$/ });
    expect(outcome.run.code).toBe(1);
    expectFixtureFindings(outcome);
  });

  it('.eslintrc.json with ESLINT_USE_FLAT_CONFIG=false works the same', async () => {
    const outcome = await lintFixtures({
      project,
      name: 'eslintrc',
      config: { '.eslintrc.json': ESLINTRC_RECOMMENDED },
      files: /\.js$/,
      env: { ESLINT_USE_FLAT_CONFIG: 'false' },
    });
    expect(outcome.run.code).toBe(1);
    expectFixtureFindings(outcome);
  });
});

describe('ESLint 10.15', () => {
  let project: ThrowawayProject;
  beforeAll(async () => {
    project = await throwawayProject('eslint10');
  });

  it('eslint.config.mjs with configs.recommended reports JS and TS (typescript-eslint parser) vulnerable fixtures only', async () => {
    const outcome = await lintFixtures({ project, name: 'flat', config: { 'eslint.config.mjs': FLAT_CONFIG_ESM }, files: /\.(js|ts)$/ });
    expect(outcome.run.code).toBe(1);
    expectFixtureFindings(outcome);
  });

  it('configs.recommended keeps only jwt-pinned-algorithm and safe-upload-name on in test files', async () => {
    await expectTestFilePolicy(project, { 'eslint.config.mjs': FLAT_CONFIG_ESM });
  });
});
