// What the README tells a user to run, read from README.md itself, and what they should then see on the
// bundled example app. Shared by the release dry run (scripts/release-dry-run.mjs) and the integration
// tests (test/install.test.ts), so both follow the README as written rather than a copy of it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const pluginDirectory = join(root, 'packages', 'eslint-plugin-ai-guard');
export const exampleApp = join(root, 'docs', 'examples', 'app');

/** The name the package is published under, and the local name users install it as (the eslintrc plugin name). */
export const PUBLISHED_NAME = '@ai-guard/eslint-plugin';
export const LOCAL_NAME = 'eslint-plugin-ai-guard';

/** @returns {{ name: string, version: string } & Record<string, unknown>} */
export function pluginPackage() {
  return JSON.parse(readFileSync(join(pluginDirectory, 'package.json'), 'utf8'));
}

/** What `pnpm pack` / `npm pack` name the plugin's tarball. */
export function tarballName(version = pluginPackage().version) {
  return `${PUBLISHED_NAME.replace('@', '').replace('/', '-')}-${version}.tgz`;
}

/** The fenced code blocks of a Markdown file, with their info string. */
export function codeBlocks(markdown) {
  return [...markdown.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map(([, info, text]) => ({ info: info.trim(), text }));
}

function onlyOne(found, what) {
  if (found.length !== 1) throw new Error(`README.md: expected exactly one ${what}, found ${found.length}`);
  return found[0];
}

/**
 * The README's install commands, configs and scan command, split into argv. Throws when one is missing or does
 * not name this version of the scoped package, so a README that would install something else fails loudly.
 */
export function readmeInstructions(readme = readFileSync(join(root, 'README.md'), 'utf8')) {
  const { version } = pluginPackage();
  const blocks = codeBlocks(readme);
  const commands = blocks.filter((block) => block.info === 'sh').flatMap((block) => block.text.split('\n').map((line) => line.trim()));
  const argv = (line) => line.split(/\s+/);
  const registrySpec = `${LOCAL_NAME}@npm:${PUBLISHED_NAME}@${version}`;
  const tarballSpec = `${LOCAL_NAME}@file:./${tarballName(version)}`;
  const registryInstall = argv(
    onlyOne(
      commands.filter((line) => line.startsWith('npm install') && line.includes('@npm:')),
      'npm registry install command',
    ),
  );
  const tarballInstall = argv(
    onlyOne(
      commands.filter((line) => line.startsWith('npm install') && line.includes('@file:')),
      'tarball install command',
    ),
  );
  for (const [command, spec] of [
    [registryInstall, registrySpec],
    [tarballInstall, tarballSpec],
  ]) {
    if (!command.includes(spec) || !command.includes('--save-exact'))
      throw new Error(`README.md: \`${command.join(' ')}\` should install ${spec} with --save-exact`);
  }
  const semgrepScan = argv(
    onlyOne(
      commands.filter((line) => line.startsWith('semgrep scan')),
      'semgrep scan command',
    ),
  );
  const download = onlyOne(
    commands.filter((line) => line.includes('releases/download/')),
    'pack download command',
  );
  if (!download.includes(`/releases/download/v${version}/ai-guard.yml`))
    throw new Error(`README.md: \`${download}\` is not the v${version} pack`);
  const flatConfig = onlyOne(
    blocks.filter((block) => block.info === 'js' && block.text.includes(`from '${LOCAL_NAME}'`)),
    'flat config',
  ).text;
  const eslintrc = onlyOne(
    blocks.filter((block) => block.info === 'json' && block.text.includes('plugin:ai-guard/legacy-recommended')),
    'eslintrc config',
  ).text;
  return { version, registryInstall, tarballInstall, semgrepScan, download, flatConfig, eslintrc };
}

/** The README's flat config with the TypeScript parser added the way its TypeScript note says. */
export function flatConfigWithTypeScript(flatConfig) {
  const withImport = flatConfig.replace(/^(import aiGuard from .*)$/m, `$1\nimport tsParser from '@typescript-eslint/parser';`);
  return withImport.replace(/^\];$/m, `  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } },\n];`);
}

/** `<path relative to the example app>:<line> <ESLint rule id>`, sorted, as docs/examples/app/expected-findings.json lists them. */
export function expectedExampleFindings() {
  const expected = JSON.parse(readFileSync(join(exampleApp, 'expected-findings.json'), 'utf8'));
  return { eslint: [...expected.eslint].sort(), semgrep: [...expected.semgrep].sort() };
}

export function eslintFindingKeys(results, appDirectory) {
  return results
    .flatMap((result) => result.messages.map((message) => `${relative(appDirectory, result.filePath)}:${message.line} ${message.ruleId}`))
    .sort();
}

/** Semgrep findings keyed by the ESLint twin each rule names in metadata.eslint-rule, never by check_id. */
export function semgrepFindingKeys(results, appDirectory, cwd) {
  return results
    .map((finding) => `${relative(appDirectory, join(cwd, finding.path))}:${finding.start.line} ${finding.extra.metadata['eslint-rule']}`)
    .sort();
}

/**
 * A stand-in for the npm registry that serves only the `@ai-guard` scope, with this repo's packed plugin as
 * the published version: `npm install ... --@ai-guard:registry=<url>` then exercises the README's registry
 * command offline, while every other package still comes from the real registry.
 */
export async function scopedRegistry(tarballPath) {
  const { version, dependencies, peerDependencies, engines } = pluginPackage();
  const tarball = readFileSync(tarballPath);
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  const shasum = createHash('sha1').update(tarball).digest('hex');
  const server = createServer((request, response) => {
    const base = `http://127.0.0.1:${server.address().port}`;
    const path = decodeURIComponent(request.url ?? '');
    if (path === `/${PUBLISHED_NAME}`) {
      const manifest = { name: PUBLISHED_NAME, version, dependencies, peerDependencies, engines };
      const dist = { tarball: `${base}/${tarballName(version)}`, integrity, shasum };
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ name: PUBLISHED_NAME, 'dist-tags': { latest: version }, versions: { [version]: { ...manifest, dist } } }),
      );
    } else if (path === `/${tarballName(version)}`) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(tarball);
    } else {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{}');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    /** The npm flag that routes the scope to this server. */
    flag: `--@ai-guard:registry=http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
