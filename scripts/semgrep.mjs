#!/usr/bin/env node
// Runs the project-local semgrep (the .venv that scripts/run.sh creates) with metrics and version
// checks off. `validate` serves semgrep-rules/meta/rule-lints.yaml on loopback as the metacheck pack
// that `semgrep --validate` would otherwise download, so validation works without the registry.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const semgrepBinary = join(root, '.venv', 'bin', 'semgrep');
export const packDirectory = join(root, 'semgrep-rules', 'python');

export function semgrepEnvironment(extra = {}) {
  return { ...process.env, SEMGREP_ENABLE_VERSION_CHECK: '0', SEMGREP_SEND_METRICS: 'off', ...extra };
}

function run(args, env) {
  return new Promise((resolve) => {
    const child = spawn(semgrepBinary, ['--metrics=off', '--disable-version-check', ...args], { env, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function validate() {
  const lints = readFileSync(join(root, 'semgrep-rules', 'meta', 'rule-lints.yaml'));
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/c/p/semgrep-rule-lints')) {
      response.writeHead(200, { 'content-type': 'application/x-yaml' });
      response.end(lints);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  try {
    return await run(['--validate', '--config', packDirectory], semgrepEnvironment({ SEMGREP_URL: `http://127.0.0.1:${port}` }));
  } finally {
    server.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'validate') process.exitCode = await validate();
else if (command === 'test') process.exitCode = await run(['--test', packDirectory], semgrepEnvironment());
else if (command === 'scan') process.exitCode = await run(rest, semgrepEnvironment());
else if (command !== undefined) {
  console.error('usage: node scripts/semgrep.mjs validate | test | scan <semgrep args>');
  process.exitCode = 2;
}
