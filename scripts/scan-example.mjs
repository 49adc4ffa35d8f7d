#!/usr/bin/env node
// The main job: scan the bundled example app with the ESLint plugin (recommended config) and the
// Semgrep pack, print every finding, and end with a per-rule summary.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import { packDirectory, semgrepBinary, semgrepEnvironment } from './semgrep.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const appDir = join(root, 'docs', 'examples', 'app');
const aiGuard = createRequire(import.meta.url)(join(root, 'packages', 'eslint-plugin-ai-guard'));

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{js,ts}'], languageOptions: { parser: tseslint.parser, sourceType: 'module' } },
    ...aiGuard.configs.recommended,
  ],
});
const results = await eslint.lintFiles([join(appDir, 'src')]);
console.log(
  `ESLint ${ESLint.version} + ${aiGuard.meta.name} ${aiGuard.meta.version} (recommended config) on ${relative(root, appDir)}/src`,
);
console.log((await eslint.loadFormatter('stylish')).format(results) || '  no findings\n');

console.log(`Semgrep pack (${relative(root, packDirectory)}) on ${relative(root, appDir)}/python`);
const semgrep = spawnSync(
  semgrepBinary,
  [
    '--metrics=off',
    '--disable-version-check',
    '--no-rewrite-rule-ids',
    '--quiet',
    '--json',
    '--config',
    packDirectory,
    join(appDir, 'python'),
  ],
  { encoding: 'utf8', env: semgrepEnvironment(), maxBuffer: 64 * 1024 * 1024 },
);
if (semgrep.status !== 0) {
  console.error(semgrep.stderr || semgrep.stdout);
  process.exit(semgrep.status ?? 1);
}
const { results: semgrepResults } = JSON.parse(semgrep.stdout);
for (const finding of semgrepResults) {
  const message = finding.extra.message.replace(/\s+/g, ' ').trim();
  console.log(`  ${relative(root, finding.path)}:${finding.start.line}:${finding.start.col}  ${finding.check_id}\n    ${message}`);
}

const counts = new Map();
for (const message of results.flatMap((result) => result.messages)) {
  counts.set(`eslint  ${message.ruleId}`, (counts.get(`eslint  ${message.ruleId}`) ?? 0) + 1);
}
for (const finding of semgrepResults) {
  // The ESLint rule the Semgrep rule mirrors, so both tools' lines of the summary name the same rules.
  const id = finding.extra.metadata['eslint-rule'];
  counts.set(`semgrep ${id}`, (counts.get(`semgrep ${id}`) ?? 0) + 1);
}
console.log('\nSummary (tool, rule, findings):');
for (const [key, count] of [...counts].sort()) console.log(`  ${key.padEnd(48)} ${count}`);
if (counts.size === 0) {
  console.error('No findings on a deliberately vulnerable app: the scan is broken.');
  process.exitCode = 1;
}
