import { beforeAll, describe, expect, it } from 'vitest';

import { ESLINTRC_RECOMMENDED, FLAT_CONFIG_CJS, FLAT_CONFIG_ESM } from './support/configs';
import { expectFixtureFindings, lintFixtures } from './support/lint-fixtures';
import { throwawayProject, type ThrowawayProject } from './support/projects';

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
});
