#!/usr/bin/env node
// `pnpm release:version`: applies the pending changesets (`changeset version` bumps the plugin's package.json and
// writes its CHANGELOG.md), then moves every place that names the released version to the new one: the
// install commands and release links in the README and docs, and the tag in the Semgrep rules' help links
// (regenerated when semgrep-rules/src/generate.mjs exists, which reads the version itself).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { pluginPackage, root } from './release-lib.mjs';

/** Files that quote the version; each occurrence is one of the forms in VERSIONED. */
const DOCUMENTS = ['README.md', 'docs/ci.md', 'docs/releasing.md', 'packages/eslint-plugin-ai-guard/README.md'];
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VERSIONED = (version) => [
  `@ai-guard/eslint-plugin@${version}`,
  `ai-guard-eslint-plugin-${version}.tgz`,
  `/blob/v${version}/`,
  `/releases/download/v${version}/`,
  `/releases/tag/v${version}`,
  `rev: v${version}`,
  `ref: v${version}`,
  `--ref v${version}`,
  `ai-guard ${version}`,
  `Commands below are for ${version}`,
  `[v${version} release]`,
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const before = pluginPackage().version;
run('pnpm', ['exec', 'changeset', 'version']);
const after = pluginPackage().version;
if (after === before) {
  console.log(`No version change (still ${before}): nothing to move.`);
  process.exit(0);
}

const changed = [];
const files = [
  ...DOCUMENTS,
  ...(existsSync(join(root, 'semgrep-rules', 'src', 'generate.mjs'))
    ? []
    : readdirSync(join(root, 'semgrep-rules', 'python'))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => `semgrep-rules/python/${name}`)),
];
for (const file of files) {
  const path = join(root, file);
  if (!existsSync(path)) continue;
  const text = readFileSync(path, 'utf8');
  let next = text;
  for (const [from, to] of VERSIONED(before).map((form, index) => [form, VERSIONED(after)[index]])) {
    next = next.replace(new RegExp(escape(from), 'g'), to);
  }
  if (next !== text) {
    writeFileSync(path, next);
    changed.push(file);
  }
}
if (existsSync(join(root, 'semgrep-rules', 'src', 'generate.mjs'))) {
  run(process.execPath, [join(root, 'semgrep-rules', 'src', 'generate.mjs')]);
  changed.push('semgrep-rules/python/*.yaml (regenerated)');
}
run('pnpm', [
  'exec',
  'prettier',
  '--write',
  'packages/eslint-plugin-ai-guard/CHANGELOG.md',
  'packages/eslint-plugin-ai-guard/package.json',
  ...DOCUMENTS,
]);
console.log(`\n${before} → ${after}; moved the version in:\n  ${changed.map((file) => relative(root, join(root, file))).join('\n  ')}`);
console.log('Review the diff, run `pnpm release:dry-run`, then commit as "Release v' + after + '".');
