// Downloads the pinned real-code corpora into .cache/ and lists the files that are real source:
// minified or bundled output is skipped because no one lints it and it distorts lines-per-second.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cacheDir, benchDir } from './paths.mjs';

export const jsExtensions = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];
const skippedDirectories = new Set(['node_modules', '.git', 'built', 'vendor', 'bower_components', 'locale', 'locales']);

export function readPins() {
  return JSON.parse(readFileSync(join(benchDir, 'corpora.json'), 'utf8'));
}

function slug(name, version) {
  return `${name.replace(/^@/, '').replace(/\//g, '__')}-${version}`;
}

function extractTarball(tarball, target) {
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { stdio: 'ignore' });
}

export function fetchNpm(pin, log) {
  const target = join(cacheDir, 'npm', slug(pin.name, pin.version));
  if (existsSync(join(target, 'package.json'))) return target;
  const downloads = join(cacheDir, 'downloads');
  mkdirSync(downloads, { recursive: true });
  log(`npm pack ${pin.name}@${pin.version}`);
  const out = execFileSync('npm', ['pack', `${pin.name}@${pin.version}`, '--silent', '--pack-destination', downloads], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const file = out.trim().split('\n').pop();
  rmSync(target, { recursive: true, force: true });
  extractTarball(join(downloads, file), target);
  return target;
}

export function fetchPypi(pin, log, pip) {
  const target = join(cacheDir, 'pypi', slug(pin.name.toLowerCase(), pin.version));
  if (existsSync(target) && readdirSync(target).length > 0) return target;
  const downloads = join(cacheDir, 'downloads', `${pin.name}-${pin.version}`);
  mkdirSync(downloads, { recursive: true });
  log(`pip download ${pin.name}==${pin.version}`);
  execFileSync(pip, ['download', '--quiet', '--no-binary', ':all:', '--no-deps', '-d', downloads, `${pin.name}==${pin.version}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const sdist = readdirSync(downloads).find((f) => f.endsWith('.tar.gz'));
  if (!sdist) throw new Error(`no sdist for ${pin.name}==${pin.version}`);
  rmSync(target, { recursive: true, force: true });
  extractTarball(join(downloads, sdist), target);
  return target;
}

function looksGenerated(text) {
  const lines = text.split('\n');
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  return longest > 1000 || text.length / Math.max(lines.length, 1) > 200;
}

function walk(dir, extensions, files) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedDirectories.has(entry.name)) walk(full, extensions, files);
    } else if (entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext))) {
      if (entry.name.endsWith('.d.ts') || /\.min\.[cm]?js$/.test(entry.name) || entry.name.endsWith('.map')) continue;
      if (statSync(full).size > 1_000_000) continue;
      files.push(full);
    }
  }
  return files;
}

export function listSources(root, extensions, exclude = []) {
  const files = [];
  let lines = 0;
  for (const file of walk(root, extensions, []).sort()) {
    const inside = relative(root, file);
    // A segment anywhere in the path: test suites live in nested tests/ folders (wagtail/*/tests/).
    if (exclude.some((segment) => `/${inside}`.includes(`/${segment}`))) continue;
    const text = readFileSync(file, 'utf8');
    if (looksGenerated(text)) continue;
    files.push(file);
    lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  }
  return { files, lines };
}

export function prepareCorpora({ python, log, pip }) {
  const pins = readPins();
  const js = pins.npm.map((pin) => {
    const root = fetchNpm(pin, log);
    const { files, lines } = listSources(root, jsExtensions, pin.exclude);
    return { ...pin, root: relative(benchDir, root), files, lines };
  });
  const py = python
    ? pins.pypi.map((pin) => {
        const root = fetchPypi(pin, log, pip);
        const { files, lines } = listSources(root, ['.py'], pin.exclude);
        return { ...pin, root: relative(benchDir, root), files, lines };
      })
    : [];
  return { js, py };
}
