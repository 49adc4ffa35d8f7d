#!/usr/bin/env node
// Runs the project-local semgrep (the .venv that scripts/run.sh creates) with metrics and version
// checks off. `validate` serves semgrep-rules/meta/rule-lints.yaml on loopback as the metacheck pack
// that `semgrep --validate` would otherwise download, so validation works without the registry. Semgrep
// applies a metacheck to every config file alike (`paths:` is ignored), so each rule file is validated in a
// run of its own, served the pack with __RULE_FILE__ set to that file's basename (the id prefix check).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

function runCaptured(args, env) {
  return new Promise((resolve) => {
    const child = spawn(semgrepBinary, ['--metrics=off', '--disable-version-check', ...args], { env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const RULE_FILE = '__RULE_FILE__';

async function validate() {
  const lints = readFileSync(join(root, 'semgrep-rules', 'meta', 'rule-lints.yaml'), 'utf8');
  if (!lints.includes(RULE_FILE)) {
    console.error(`semgrep-rules/meta/rule-lints.yaml: no ${RULE_FILE} placeholder, so no rule id would be checked against its file name`);
    return 1;
  }
  const files = readdirSync(packDirectory)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();
  // Each run fetches `${SEMGREP_URL}/c/p/semgrep-rule-lints`; the first path segment says which file it validates.
  const server = createServer((request, response) => {
    const match = /^\/([a-z0-9-]+)\/c\/p\/semgrep-rule-lints/.exec(request.url ?? '');
    if (match) {
      response.writeHead(200, { 'content-type': 'application/x-yaml' });
      response.end(lints.replaceAll(RULE_FILE, match[1]));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  try {
    const results = await Promise.all(
      files.map((file) => {
        const basename = file.replace(/\.ya?ml$/, '');
        const env = semgrepEnvironment({ SEMGREP_URL: `http://127.0.0.1:${port}/${basename}` });
        return runCaptured(['--validate', '--config', join(packDirectory, file)], env);
      }),
    );
    results.forEach(({ output }, index) => process.stdout.write(`semgrep-rules/python/${files[index]}: ${output.trim()}\n`));
    return Math.max(0, ...results.map(({ code }) => code));
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
