import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ESLint, type Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import { afterAll, describe, expect, it } from 'vitest';

import plugin from '../src';

// One file with a flaw for every rule; each config test lints it under another path.
const EVERY_FLAW = `import express from 'express';
import cors from 'cors';
import jwt from 'jsonwebtoken';
import multer from 'multer';
import { Pool } from 'pg';

const app = express();
const pool = new Pool();
app.use(cors({ origin: true, credentials: true }));

export function readSession(token) {
  return jwt.verify(token, process.env.JWT_SECRET);
}

export const upload = multer({
  storage: multer.diskStorage({
    destination: 'uploads/',
    filename: (req, file, cb) => cb(null, file.originalname),
  }),
});

app.get('/preview', async (req, res) => {
  const page = await fetch(req.query.url);
  res.send(await page.text());
});

app.post('/login', async (req, res) => {
  try {
    const { rows } = await pool.query(\`SELECT id FROM users WHERE email = '\${req.body.email}'\`);
    res.json(rows[0] ?? null);
  } catch (err) {
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});
`;

const EVERY_RULE = [
  'ai-guard/jwt-pinned-algorithm',
  'ai-guard/no-cors-wildcard-credentials',
  'ai-guard/no-redirect-fetch',
  'ai-guard/no-sql-string-build',
  'ai-guard/no-stack-in-response',
  'ai-guard/no-unvalidated-url-fetch',
  'ai-guard/safe-upload-name',
];
const KEPT_IN_TESTS = ['ai-guard/jwt-pinned-algorithm', 'ai-guard/safe-upload-name'];

const projects = mkdtempSync(join(tmpdir(), 'ai-guard-configs-'));
afterAll(() => rmSync(projects, { recursive: true, force: true }));

const configs = plugin.configs as unknown as Record<'recommended' | 'strict', Linter.Config[]> & {
  'legacy-recommended': { rules: Linter.RulesRecord; overrides: { files: string[]; rules: Linter.RulesRecord }[] };
  'legacy-strict': { rules: Linter.RulesRecord; overrides?: unknown };
};

/** The rules that report EVERY_FLAW when it is saved at `path` (relative to the config's folder). */
async function rulesReported(config: Linter.Config[], path: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: projects, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(EVERY_FLAW, { filePath: join(projects, path) });
  const fatal = result?.messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${path}: ${fatal.message}`);
  return [...new Set(result?.messages.map((message) => message.ruleId ?? ''))].sort();
}

/** `legacy-recommended` as the flat config eslintrc resolves it to: its rules, then each override for its files. */
function legacyAsFlat(legacy: (typeof configs)['legacy-recommended']): Linter.Config[] {
  return [
    { plugins: { 'ai-guard': plugin as unknown as ESLint.Plugin }, rules: legacy.rules },
    ...legacy.overrides.map((override) => ({ files: override.files, rules: override.rules })),
  ];
}

describe('recommended (flat config)', () => {
  it.each([
    'server.js',
    'src/server.js',
    'src/contest/server.js',
    'src/attestation.js',
    'src/server.testing.js',
    'src/latest.js',
    'src/mocks/server.js',
    'src/e2e-tools/server.js',
  ])('reports every rule in application code: %s', async (path) => {
    expect(await rulesReported(configs.recommended, path)).toEqual(EVERY_RULE);
  });

  it.each([
    'server.test.js',
    'src/server.test.js',
    'src/server.spec.mjs',
    'src/routes/server.spec.js',
    'test/server.js',
    'tests/helpers/server.js',
    'packages/api/__tests__/server.js',
    'src/__mocks__/pg.js',
    'e2e/server.js',
    'fixtures/server.js',
    'src/__fixtures__/server.js',
  ])('keeps only jwt-pinned-algorithm and safe-upload-name in test code: %s', async (path) => {
    expect(await rulesReported(configs.recommended, path)).toEqual(KEPT_IN_TESTS);
  });

  it('turns a rule back on in test code when a later object sets it for all files', async () => {
    const config = [...configs.recommended, { rules: { 'ai-guard/no-sql-string-build': 'error' } } satisfies Linter.Config];
    expect(await rulesReported(config, 'test/server.js')).toEqual([...KEPT_IN_TESTS, 'ai-guard/no-sql-string-build'].sort());
  });

  it('applies to the files of a defineConfig object that extends it, test files still excepted', async () => {
    const config = defineConfig({ files: ['src/**'], extends: [configs.recommended] });
    expect(await rulesReported(config, 'src/server.js')).toEqual(EVERY_RULE);
    expect(await rulesReported(config, 'src/server.test.js')).toEqual(KEPT_IN_TESTS);
    expect(await rulesReported(config, 'lib/server.js')).toEqual([]);
  });

  it('lints no file only because its name looks like a test (a .ts or .json file without a config for it)', async () => {
    const project = join(projects, 'lint-targets');
    mkdirSync(join(project, 'test'), { recursive: true });
    writeFileSync(join(project, 'server.js'), 'export const port = 3000;\n');
    writeFileSync(join(project, 'server.test.ts'), 'const port: number = 3000;\n');
    writeFileSync(join(project, 'server.spec.json'), '{ "port": 3000 }\n');
    writeFileSync(join(project, 'test', 'notes.md'), '# notes\n');
    const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: configs.recommended });
    const results = await eslint.lintFiles(['.']);
    expect(results.map((result) => result.filePath)).toEqual([join(project, 'server.js')]);
  });
});

describe('strict (flat config)', () => {
  it.each(['src/server.js', 'src/server.test.js', 'test/server.js', 'src/__mocks__/pg.js'])(
    'reports every rule everywhere: %s',
    async (path) => {
      expect(await rulesReported(configs.strict, path)).toEqual(EVERY_RULE);
    },
  );
});

describe('legacy-recommended (eslintrc)', () => {
  it('turns off in test files exactly the rules the flat config leaves out there, for the same globs', () => {
    const [override, ...others] = configs['legacy-recommended'].overrides;
    expect(others).toEqual([]);
    expect(override?.files).toEqual(plugin.testFiles);
    expect(configs.recommended[1]?.ignores).toEqual(plugin.testFiles);
    expect(Object.keys(configs['legacy-recommended'].rules).sort()).toEqual(EVERY_RULE);
    expect(override?.rules).toEqual({
      'ai-guard/no-cors-wildcard-credentials': 'off',
      'ai-guard/no-redirect-fetch': 'off',
      'ai-guard/no-stack-in-response': 'off',
      'ai-guard/no-unvalidated-url-fetch': 'off',
      'ai-guard/no-sql-string-build': 'off',
    });
  });

  it('uses only globs that end in a wildcard, so eslintrc lints no extra file because of them', () => {
    expect(plugin.testFiles.filter((glob) => !glob.endsWith('*'))).toEqual([]);
  });

  it.each([
    ['src/server.js', EVERY_RULE],
    ['src/contest/server.js', EVERY_RULE],
    ['src/server.test.js', KEPT_IN_TESTS],
    ['tests/helpers/server.js', KEPT_IN_TESTS],
    ['src/__mocks__/pg.js', KEPT_IN_TESTS],
  ])('resolves like the flat config: %s', async (path, expected) => {
    expect(await rulesReported(legacyAsFlat(configs['legacy-recommended']), path)).toEqual(expected);
  });
});

describe('legacy-strict (eslintrc)', () => {
  it('sets every rule with no override', () => {
    expect(Object.keys(configs['legacy-strict'].rules).sort()).toEqual(EVERY_RULE);
    expect(configs['legacy-strict'].overrides).toBeUndefined();
  });
});
