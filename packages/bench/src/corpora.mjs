// Downloads the pinned real-code corpora into .cache/ and lists the files that are real source:
// minified or bundled output is skipped because no one lints it and it distorts lines-per-second.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pluginDir } from './catalog.mjs';
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

// Compiled output (tsc, Babel) is kept: it is the code the package runs and reads like source. An inline
// source map is one long comment line and does not make a file minified.
const sourceMapLine = /^\s*\/\/[#@] sourceMappingURL=/;

export function looksGenerated(text) {
  const lines = text.split('\n').filter((line) => !sourceMapLine.test(line));
  const chars = lines.reduce((n, line) => n + line.length + 1, 0);
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  return longest > 1000 || chars / Math.max(lines.length, 1) > 200;
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

// Test code is reported apart from the application code (a looser false-positive target applies to it). A file is
// test code by its path alone: the plugin's own `testFiles` globs (what `recommended` treats as test code: a
// test/tests/__tests__/__mocks__/e2e/fixtures/__fixtures__ folder anywhere in the path, a *.test.* / *.spec.* file),
// matched with ESLint's minimatch as ESLint matches them, or Python's test_*.py, *_test.py and conftest.py.
const requireFromBench = createRequire(join(benchDir, 'package.json'));
const { testFiles } = requireFromBench(pluginDir);
const { minimatch } = createRequire(requireFromBench.resolve('eslint'))('minimatch');
const pythonTestFile = /(?:(?:^|\/)test_[^/]*\.py|_test\.py|(?:^|\/)conftest\.py)$/;

export function isTestPath(relativePath) {
  return testFiles.some((glob) => minimatch(relativePath, glob, { dot: true })) || pythonTestFile.test(relativePath);
}

function lineCount(text) {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/**
 * The source files under `root`, minus minified or generated ones and `exclude`d path segments, each with its
 * line count and whether it is test code.
 */
export function listSources(root, extensions, exclude = []) {
  const files = [];
  for (const file of walk(root, extensions, []).sort()) {
    const inside = relative(root, file);
    // A segment anywhere in the path: test suites live in nested tests/ folders (wagtail/*/tests/).
    if (exclude.some((segment) => `/${inside}`.includes(`/${segment}`))) continue;
    const text = readFileSync(file, 'utf8');
    if (looksGenerated(text)) continue;
    files.push({ file, lines: lineCount(text), test: isTestPath(inside) });
  }
  return summarise(files);
}

function summarise(entries) {
  const tests = entries.filter((e) => e.test);
  return {
    entries,
    files: entries.map((e) => e.file),
    lines: entries.reduce((n, e) => n + e.lines, 0),
    testFiles: tests.length,
    testLines: tests.reduce((n, e) => n + e.lines, 0),
  };
}

export function prepareCorpora({ python, log, pip }) {
  const pins = readPins();
  const js = pins.npm.map((pin) => {
    const root = fetchNpm(pin, log);
    return { ...pin, root: relative(benchDir, root), ...listSources(root, jsExtensions, pin.exclude) };
  });
  const py = python
    ? pins.pypi.map((pin) => {
        const root = fetchPypi(pin, log, pip);
        return { ...pin, root: relative(benchDir, root), ...listSources(root, ['.py'], pin.exclude) };
      })
    : [];
  return { js, py };
}
