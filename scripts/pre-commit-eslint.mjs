#!/usr/bin/env node
// The `ai-guard-eslint` pre-commit hook (.pre-commit-hooks.yaml): the project's own ESLint, with its own config
// and the ai-guard version its package.json pins, on the files pre-commit passes. It refuses to run when the
// project's `eslint-plugin-ai-guard` is not ai-guard's package (the registry's package of that name is not ours).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PUBLISHED_NAME = '@ai-guard/eslint-plugin';
const INSTALL = `npm install --save-dev --save-exact eslint-plugin-ai-guard@npm:${PUBLISHED_NAME}@<version>`;

/** The package.json of `name` as Node resolves it from the project (the folder pre-commit runs in), if any. */
function installedPackage(name) {
  for (const directory of createRequire(join(process.cwd(), 'package.json')).resolve.paths(name) ?? []) {
    const path = join(directory, name, 'package.json');
    if (existsSync(path)) return { directory: dirname(path), manifest: JSON.parse(readFileSync(path, 'utf8')) };
  }
  return undefined;
}

function fail(message) {
  console.error(`ai-guard-eslint: ${message}`);
  process.exit(1);
}

const plugin = installedPackage('eslint-plugin-ai-guard');
if (!plugin) fail(`eslint-plugin-ai-guard is not installed here; install it (${INSTALL}) or run \`npm ci\`.`);
if (plugin.manifest.name !== PUBLISHED_NAME) {
  fail(
    `node_modules/eslint-plugin-ai-guard is ${plugin.manifest.name}@${plugin.manifest.version}, an unrelated package, not ai-guard's ${PUBLISHED_NAME}. Replace it: ${INSTALL}`,
  );
}
const eslint = installedPackage('eslint');
if (!eslint) fail('eslint is not installed here; run `npm ci`.');
const bin = typeof eslint.manifest.bin === 'string' ? eslint.manifest.bin : eslint.manifest.bin?.eslint;
const result = spawnSync(process.execPath, [join(eslint.directory, bin), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
