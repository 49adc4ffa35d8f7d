#!/usr/bin/env node
// `pnpm release:dry-run`: builds the release artefacts into .tmp/release/ (the plugin tarball and the one-file
// Semgrep pack ai-guard.yml), then does what a new user does with them, outside the repository and following
// README.md as written: installs the tarball into a fresh npm project (and, through a local stand-in registry
// for the @ai-guard scope, the registry command too), lints the bundled example app with the README's flat
// config, and scans it with the README's semgrep command from two working directories. Fails unless every
// step gives exactly the findings in docs/examples/app/expected-findings.json and the version is pinned exactly.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

import { bundleSemgrepPack } from './bundle-semgrep.mjs';
import {
  eslintFindingKeys,
  exampleApp,
  expectedExampleFindings,
  flatConfigWithTypeScript,
  LOCAL_NAME,
  pluginDirectory,
  pluginPackage,
  PUBLISHED_NAME,
  readmeInstructions,
  root,
  scopedRegistry,
  semgrepFindingKeys,
  tarballName,
} from './release-lib.mjs';

const { values: options } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const releaseDirectory = join(root, '.tmp', 'release');
const pnpm = existsSync(join(root, '.tools', 'pnpm', 'node_modules', '.bin', 'pnpm'))
  ? join(root, '.tools', 'pnpm', 'node_modules', '.bin', 'pnpm')
  : 'pnpm';
const semgrep = join(root, '.venv', 'bin', 'semgrep');
const failures = [];

function step(title) {
  console.log(`\n» ${title}`);
}

/** A user's shell: none of the npm/pnpm script variables of the `pnpm release:dry-run` that started us. */
function userEnvironment(extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|PNPM_|ESLINT_|NODE_OPTIONS$|INIT_CWD$)/.test(key)),
  );
  return { ...env, ...extra };
}

/** Runs a command to completion without blocking the event loop (the stand-in registry answers from this process). */
function run(command, args, cwd, { allowFailure = false, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: userEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0 && !allowFailure) reject(new Error(`${command} ${args.join(' ')} exited ${status} in ${cwd}\n${stdout}\n${stderr}`));
      else resolve({ status, stdout, stderr });
    });
  });
}

function check(condition, message) {
  console.log(`  ${condition ? 'ok  ' : 'FAIL'} ${message}`);
  if (!condition) failures.push(message);
}

function sameFindings(actual, expected, what) {
  const ok = JSON.stringify(actual) === JSON.stringify(expected);
  check(ok, `${what}: ${actual.length} findings, as docs/examples/app/expected-findings.json lists`);
  if (!ok) console.log(`    expected:\n      ${expected.join('\n      ')}\n    actual:\n      ${actual.join('\n      ')}`);
}

const readme = readmeInstructions();
const { version } = pluginPackage();
const expected = expectedExampleFindings();
const rootDevDependencies = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;

step(`build and pack ${PUBLISHED_NAME}@${version}`);
rmSync(releaseDirectory, { recursive: true, force: true });
mkdirSync(releaseDirectory, { recursive: true });
await run(pnpm, ['build'], root);
await run(pnpm, ['pack', '--pack-destination', releaseDirectory], pluginDirectory);
const tarball = join(releaseDirectory, tarballName(version));
check(existsSync(tarball), `pnpm pack wrote ${relative(root, tarball)}`);
const listing = (await run('tar', ['-tzf', tarball], root)).stdout
  .split('\n')
  .filter(Boolean)
  .map((path) => path.replace(/^package\//, ''));
const stale = listing.filter((path) => {
  const source = path.match(/^dist\/(.*)\.(?:js|d\.ts)$/)?.[1];
  return source !== undefined && !existsSync(join(pluginDirectory, 'src', `${source}.ts`));
});
check(
  stale.length === 0,
  `no build output without a source in the tarball${stale.length ? ` (stale: ${stale.join(', ')}; rm -rf packages/eslint-plugin-ai-guard/dist && pnpm build)` : ''}`,
);
check(
  listing.every((path) => /^(dist\/.*|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(path)),
  'the tarball holds only dist/, package.json, README.md, CHANGELOG.md',
);
const packed = JSON.parse((await run('tar', ['-xzOf', tarball, 'package/package.json'], root)).stdout);
check(packed.name === PUBLISHED_NAME && packed.version === version, `package.json: ${packed.name}@${packed.version}`);
check(packed.repository?.url === 'git+https://github.com/ai-guard/ai-guard.git', 'package.json: repository');
check(packed.homepage === 'https://github.com/ai-guard/ai-guard#readme', 'package.json: homepage');
check(packed.bugs?.url === 'https://github.com/ai-guard/ai-guard/issues', 'package.json: bugs');

step('bundle the Semgrep pack');
const pack = join(releaseDirectory, 'ai-guard.yml');
writeFileSync(pack, bundleSemgrepPack());
check(
  readFileSync(pack, 'utf8').startsWith(`# ai-guard ${version}:`),
  `${relative(root, pack)} names version ${version} on its first line`,
);

const workRoot = mkdtempSync(join(tmpdir(), 'ai-guard-release-'));
try {
  step(`a new project outside the repository: ${workRoot}/project`);
  const project = join(workRoot, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'new-user', version: '1.0.0', private: true }, null, 2)}\n`);
  // The release assets as downloaded, and an app to lint: the bundled example app.
  cpSync(tarball, join(project, tarballName(version)));
  cpSync(pack, join(project, 'ai-guard.yml'));
  cpSync(join(exampleApp, 'src'), join(project, 'app', 'src'), { recursive: true });
  cpSync(join(exampleApp, 'python'), join(project, 'app', 'python'), { recursive: true });
  // What the user already has: ESLint and a TypeScript parser (the versions this repo uses itself).
  await run(
    'npm',
    [
      'install',
      '--save-dev',
      '--save-exact',
      '--no-audit',
      '--no-fund',
      `eslint@${rootDevDependencies.eslint}`,
      `@typescript-eslint/parser@${rootDevDependencies['typescript-eslint']}`,
    ],
    project,
  );
  console.log(`  $ ${readme.tarballInstall.join(' ')}`);
  await run(readme.tarballInstall[0], readme.tarballInstall.slice(1), project);
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
  check(
    manifest.devDependencies?.[LOCAL_NAME] === `file:${tarballName(version)}`,
    `package.json pins "${LOCAL_NAME}": "${manifest.devDependencies?.[LOCAL_NAME]}"`,
  );
  const installed = JSON.parse(readFileSync(join(project, 'node_modules', LOCAL_NAME, 'package.json'), 'utf8'));
  check(
    installed.name === PUBLISHED_NAME && installed.version === version,
    `node_modules/${LOCAL_NAME} is ${installed.name}@${installed.version}`,
  );
  const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')).packages[`node_modules/${LOCAL_NAME}`];
  check(
    lock?.resolved === `file:${tarballName(version)}` && lock.integrity?.startsWith('sha512-'),
    'package-lock.json resolves it to the file, with its integrity',
  );

  const plugin = (await import(join(project, 'node_modules', LOCAL_NAME, 'dist', 'index.js'))).default;
  const urls = Object.entries(plugin.rules).map(([id, rule]) => [id, rule.meta.docs.url]);
  check(
    urls.every(([id, url]) => url === `https://github.com/ai-guard/ai-guard/blob/v${version}/docs/rules/${id}.md`),
    `meta.docs.url of all ${urls.length} rules is the v${version} tag's docs page`,
  );

  step('lint the example app with the README flat config (and its TypeScript note)');
  writeFileSync(join(project, 'eslint.config.mjs'), flatConfigWithTypeScript(readme.flatConfig));
  const lint = await run(join(project, 'node_modules', '.bin', 'eslint'), ['--format', 'json', 'app/src'], project, { allowFailure: true });
  check(lint.status === 1, `eslint exits 1 on the findings (exit ${lint.status})`);
  sameFindings(eslintFindingKeys(JSON.parse(lint.stdout), join(project, 'app')), expected.eslint, 'ESLint');

  step('scan the example app with the README semgrep command, from the project and from a subfolder');
  const ids = new Set();
  for (const [cwd, args] of [
    [project, readme.semgrepScan.map((arg) => (arg === 'path/to/your/app' ? 'app/python' : arg))],
    [
      join(project, 'app'),
      readme.semgrepScan.map((arg) => (arg === 'path/to/your/app' ? 'python' : arg === 'ai-guard.yml' ? '../ai-guard.yml' : arg)),
    ],
  ]) {
    console.log(`  (${relative(workRoot, cwd)}) $ ${args.join(' ')}`);
    const scan = await run(semgrep, [...args.slice(1), '--json', '--quiet'], cwd, {
      allowFailure: true,
      env: { SEMGREP_SEND_METRICS: 'off' },
    });
    check(scan.status === 0, `semgrep exits 0 (exit ${scan.status})`);
    const output = JSON.parse(scan.stdout);
    check(output.errors.length === 0, 'semgrep reports no errors');
    sameFindings(semgrepFindingKeys(output.results, join(project, 'app'), cwd), expected.semgrep, 'Semgrep');
    for (const finding of output.results) ids.add(finding.check_id);
  }
  const bundleIds = new Set([...readFileSync(pack, 'utf8').matchAll(/^ {2}- id: (\S+)$/gm)].map((match) => match[1]));
  check(
    [...ids].every((id) => bundleIds.has(id)),
    `check_id is the rule id from both folders (${[...ids].sort().join(', ')})`,
  );

  step(`the README registry command, served by a local stand-in registry for the @ai-guard scope`);
  const registryProject = join(workRoot, 'registry-project');
  mkdirSync(registryProject);
  writeFileSync(
    join(registryProject, 'package.json'),
    `${JSON.stringify({ name: 'new-user', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  const registry = await scopedRegistry(tarball);
  try {
    console.log(`  $ ${readme.registryInstall.join(' ')} ${registry.flag}`);
    await run(
      readme.registryInstall[0],
      [...readme.registryInstall.slice(1), registry.flag, `eslint@${rootDevDependencies.eslint}`],
      registryProject,
    );
  } finally {
    await registry.close();
  }
  const registryManifest = JSON.parse(readFileSync(join(registryProject, 'package.json'), 'utf8'));
  check(
    registryManifest.devDependencies?.[LOCAL_NAME] === `npm:${PUBLISHED_NAME}@${version}`,
    `package.json pins "${LOCAL_NAME}": "${registryManifest.devDependencies?.[LOCAL_NAME]}"`,
  );
  const registryInstalled = JSON.parse(readFileSync(join(registryProject, 'node_modules', LOCAL_NAME, 'package.json'), 'utf8'));
  check(
    registryInstalled.name === PUBLISHED_NAME && registryInstalled.version === version,
    `node_modules/${LOCAL_NAME} is ${registryInstalled.name}@${registryInstalled.version}`,
  );
} finally {
  if (options.keep) console.log(`\n(kept ${workRoot})`);
  else rmSync(workRoot, { recursive: true, force: true });
}

step('release artefacts');
for (const file of readdirSync(releaseDirectory).sort()) {
  const digest = createHash('sha256')
    .update(readFileSync(join(releaseDirectory, file)))
    .digest('hex');
  console.log(`  ${digest}  ${relative(root, join(releaseDirectory, file))}`);
}
if (failures.length > 0) {
  console.error(`\nrelease dry run FAILED (${failures.length}):\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log(`\nrelease dry run passed: tag v${version}, publish ${PUBLISHED_NAME}@${version}, attach the files above to the release.`);
}
