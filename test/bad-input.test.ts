import { cp } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { ESLINTRC_RECOMMENDED, eslintrcWithRule, FLAT_CONFIG_CJS, FLAT_CONFIG_ESM, flatConfigWithRule } from './support/configs';
import { expectNoCrash } from './support/lint-fixtures';
import { fixturesDirectory } from './support/paths';
import { throwawayProject, type ProjectName } from './support/projects';

// What a user sees when they get something wrong: a misconfigured rule is rejected by ESLint's own
// option validation with the offending option named, and a file no parser can read is a
// "Parsing error" for that file, never a crash of the plugin. Odd but valid code never crashes a rule.

const RULE = 'ai-guard/jwt-pinned-algorithm';

interface Setup {
  project: ProjectName;
  label: string;
  configFile: string;
  config: string;
  withRule: (entry: unknown) => string;
  env?: Record<string, string>;
  typescript: boolean;
}

const SETUPS: Setup[] = [
  {
    project: 'eslint8',
    label: 'ESLint 8.57, .eslintrc.json',
    configFile: '.eslintrc.json',
    config: ESLINTRC_RECOMMENDED,
    withRule: (entry) => eslintrcWithRule(RULE, entry),
    typescript: false,
  },
  {
    project: 'eslint9',
    label: 'ESLint 9.39, eslint.config.js',
    configFile: 'eslint.config.js',
    config: FLAT_CONFIG_CJS,
    withRule: (entry) => flatConfigWithRule(RULE, entry, 'cjs'),
    typescript: true,
  },
  {
    project: 'eslint9',
    label: 'ESLint 9.39, .eslintrc.json (ESLINT_USE_FLAT_CONFIG=false)',
    configFile: '.eslintrc.json',
    config: ESLINTRC_RECOMMENDED,
    withRule: (entry) => eslintrcWithRule(RULE, entry),
    env: { ESLINT_USE_FLAT_CONFIG: 'false' },
    typescript: false,
  },
  {
    project: 'eslint10',
    label: 'ESLint 10.15, eslint.config.mjs',
    configFile: 'eslint.config.mjs',
    config: FLAT_CONFIG_ESM,
    withRule: (entry) => flatConfigWithRule(RULE, entry, 'esm'),
    typescript: true,
  },
];

/** ESLint's own option validation (eslintrc and flat config word it differently), not an exception from the plugin. */
function expectSchemaError(stderr: string): void {
  expect(stderr).toMatch(new RegExp(`Configuration for rule "${RULE}" is invalid|Key "rules": Key "${RULE}":`));
  expect(stderr).not.toContain('eslint-plugin-ai-guard/dist');
}

const CLEAN_SOURCE = 'import jwt from "jsonwebtoken";\nexport const check = (t, k) => jwt.verify(t, k, { algorithms: ["HS256"] });\n';

describe.each(SETUPS)('$label', (setup) => {
  const workspaceName = (name: string): string => `bad-input-${setup.configFile}-${name}`;

  it('rejects an unknown rule option with a schema error that names it', async () => {
    const project = await throwawayProject(setup.project);
    const workspace = await project.workspace(workspaceName('unknown-option'), {
      [setup.configFile]: setup.withRule(['error', { reportUnresolved: true, pinEverything: true }]),
      'index.js': CLEAN_SOURCE,
    });
    const run = await project.eslint(workspace, ['index.js'], setup.env);
    expect(run.code).toBe(2);
    expectSchemaError(run.stderr);
    expect(run.stderr).toContain('pinEverything');
  });

  // ESLint 9+ merge a rule's `meta.defaultOptions` into the user's options themselves; under 8.57 the plugin does.
  it.runIf(setup.project === 'eslint8')('applies a valid option and keeps the defaults of the options not given', async () => {
    const project = await throwawayProject(setup.project);
    const workspace = await project.workspace(workspaceName('valid-option'), {
      [setup.configFile]: setup.withRule(['error', { reportUnresolved: true }]),
      // Unresolved options are reported only on request; an ignored expiry only under reportIgnoreExpiration.
      'index.js':
        'import jwt from "jsonwebtoken";\n' +
        'export const check = (t, k) => jwt.verify(t, k, loadVerifyOptions());\n' +
        'export const lax = (t, k) => jwt.verify(t, k, { algorithms: ["HS256"], ignoreExpiration: true });\n',
    });
    const run = await project.eslint(workspace, ['index.js'], setup.env);
    expectNoCrash(run);
    expect(run.results.flatMap((result) => result.messages.map((message) => `${message.line} ${message.messageId}`))).toEqual([
      '2 unresolvedOptions',
    ]);
  });

  it('rejects an option of the wrong type with a schema error', async () => {
    const project = await throwawayProject(setup.project);
    const workspace = await project.workspace(workspaceName('wrong-type'), {
      [setup.configFile]: setup.withRule(['error', { reportUnresolved: 'yes' }]),
      'index.js': CLEAN_SOURCE,
    });
    const run = await project.eslint(workspace, ['index.js'], setup.env);
    expect(run.code).toBe(2);
    expectSchemaError(run.stderr);
    expect(run.stderr).toMatch(/boolean/);
  });

  it('reports unreadable files as parsing errors and lints odd but valid code without a crash', async () => {
    const project = await throwawayProject(setup.project);
    const workspace = await project.workspace(workspaceName('parse'), { [setup.configFile]: setup.config });
    await cp(join(fixturesDirectory, 'bad-input'), join(workspace, 'src'), {
      recursive: true,
      filter: (source) => setup.typescript || !source.endsWith('.ts'),
    });
    const run = await project.eslint(workspace, ['src'], setup.env);
    expectNoCrash(run);
    expect(run.code).toBe(1);

    const byFile = new Map(run.results.map((result) => [result.filePath.slice(join(workspace, 'src').length + 1), result.messages]));
    const unreadable = ['broken-syntax.js', 'typescript-in-js.js', ...(setup.typescript ? ['broken-syntax.ts'] : [])];
    const readable = ['bom-crlf-hashbang.js', 'empty.js', 'odd-but-valid.js', ...(setup.typescript ? ['odd-but-valid.ts'] : [])];
    expect([...byFile.keys()].sort()).toEqual([...unreadable, ...readable].sort());

    for (const file of unreadable) {
      const messages = byFile.get(file) ?? [];
      expect(messages, file).toHaveLength(1);
      expect(messages[0], file).toMatchObject({ fatal: true, ruleId: null, severity: 2 });
      expect(messages[0]?.message, file).toMatch(/^Parsing error: /);
    }
    for (const file of readable) {
      const fatal = (byFile.get(file) ?? []).filter((message) => message.fatal === true || message.ruleId === null);
      expect(fatal, file).toEqual([]);
    }
    expect(byFile.get('bom-crlf-hashbang.js')).toEqual([]);
  });
});
