import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { benchDir, packDir, semgrepBinary, venvDir } from './paths.mjs';
import { runMeasured, tempFile } from './exec.mjs';

export const banditBinary = join(venvDir, 'bin', 'bandit');
export const venvPip = join(venvDir, 'bin', 'pip');

// Bandit lives in the benchmark's own virtualenv so that its pinned version is the one measured.
export function ensureVenv(log) {
  if (!existsSync(banditBinary)) {
    log('creating packages/bench/.venv with requirements.txt');
    execFileSync('python3', ['-m', 'venv', venvDir], { stdio: 'inherit' });
    execFileSync(venvPip, ['install', '--quiet', '-r', join(benchDir, 'requirements.txt')], { stdio: 'inherit' });
  }
}

export function semgrepEnv() {
  return { ...process.env, SEMGREP_ENABLE_VERSION_CHECK: '0', SEMGREP_SEND_METRICS: 'off' };
}

export function packIsPresent() {
  return existsSync(packDir) && readdirSync(packDir).some((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
}

// The speed floor: one rule that makes Semgrep parse and walk every file. It holds no literal on purpose:
// Semgrep's prefilter skips every file that lacks a rule's literal, so a rule such as `eval(...)` measures
// start-up only.
export const floorPattern = '$A.$B.$C.$D()';

export function floorPack() {
  const file = tempFile('floor.yaml');
  writeFileSync(
    file,
    `rules:\n  - id: parse-floor\n    languages: [python]\n    severity: INFO\n    message: floor\n    pattern: ${floorPattern}\n`,
  );
  return file;
}

const packFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();

// The pack is copied once per run, so every repetition measures the same rules even when semgrep-rules/ is
// edited meanwhile; its hash goes into the report.
let snapshot;
export function packSnapshot() {
  if (!snapshot) {
    const dir = join(tempFile('pack'), 'python');
    mkdirSync(dir, { recursive: true });
    const hash = createHash('sha256');
    for (const f of packFiles(packDir)) {
      const text = readFileSync(join(packDir, f));
      hash.update(f).update('\0').update(text).update('\0');
      writeFileSync(join(dir, f), text);
    }
    snapshot = { dir, sha256: hash.digest('hex') };
  }
  return snapshot;
}

// The pack as a whole: when one rule file does not load, Semgrep refuses the whole pack. That is recorded
// (invalidRuleFiles) and the remaining files are run, so one broken file does not hide the others.
export async function runPack(files, options = {}) {
  const { dir } = packSnapshot();
  const first = await runSemgrep([dir], files, options);
  const invalid = [...new Set(first.configErrors.map((e) => e.file).filter(Boolean))];
  if (invalid.length === 0) return { ...first, invalidRuleFiles: [] };
  const valid = packFiles(dir)
    .map((f) => join(dir, f))
    .filter((f) => !invalid.some((bad) => f.endsWith(basename(bad))));
  const rest = valid.length
    ? await runSemgrep(valid, files, options)
    : { findings: [], errors: [], allErrors: [], ruleTimes: {}, configErrors: [] };
  return { ...rest, invalidRuleFiles: invalid.map((f) => `semgrep-rules/python/${basename(f)}`) };
}

// Semgrep reports phase times either as a number or as a list of per-file numbers.
function sum(value) {
  if (typeof value === 'number') return value * 1000;
  if (Array.isArray(value)) return value.reduce((a, b) => a + (typeof b === 'number' ? b : 0), 0) * 1000;
  return null;
}

// Paths are passed relative to the files' common folder: ten thousand absolute paths come close to ARG_MAX.
function commonDir(files) {
  if (files.length === 0) return process.cwd();
  let dir = dirname(files[0]);
  while (!files.every((f) => f.startsWith(dir + sep))) dir = dirname(dir);
  return dir;
}

// A Semgrep finding belongs to the ESLint rule named in its metadata (`eslint-rule: ai-guard/<id>`), whatever
// the Semgrep id (one rule per check, path-prefixed by the config folder); a finding without that metadata
// keeps its bare Semgrep id and maps to no class.
function eslintRuleOf(result) {
  return result.extra?.metadata?.['eslint-rule'] ?? String(result.check_id).split('.').pop();
}

export async function runSemgrep(configs, files, { time = false } = {}) {
  const cwd = commonDir(files);
  const args = [
    '--metrics=off',
    '--disable-version-check',
    '--json',
    '--quiet',
    '--no-git-ignore',
    ...configs.flatMap((c) => ['--config', c]),
  ];
  if (time) args.push('--time');
  const run = await runMeasured(semgrepBinary, [...args, ...files.map((f) => relative(cwd, f))], { env: semgrepEnv(), cwd });
  let json;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    throw new Error(`semgrep produced no JSON (exit ${run.code}): ${run.stderr.slice(-1500)}`);
  }
  const findings = json.results.map((r) => ({
    file: resolve(cwd, r.path),
    ruleId: eslintRuleOf(r),
    checkId: String(r.check_id).split('.').pop(),
    messageId: r.extra?.metadata?.['eslint-message-id'],
    line: r.start.line,
    message: r.extra?.message ?? '',
  }));
  const all = json.errors.map((e) => ({
    file: e.path ? resolve(cwd, e.path) : e.spans?.[0]?.file,
    level: e.level,
    type: Array.isArray(e.type) ? e.type[0] : e.type,
    message: String(e.message ?? e.short_msg ?? '').split('\n')[0],
  }));
  const configErrors = json.errors
    .filter((e) => /Rule|Config|Yaml/i.test(String(e.type)) && !e.path)
    .map((e) => ({ file: e.spans?.[0]?.file, message: e.short_msg ?? e.message }));
  const errors = all.filter((e, i) => json.errors[i].path);
  const ruleTimes = {};
  let phases;
  let slowest = [];
  if (json.time) {
    const ids = (json.time.rules ?? []).map((r) =>
      String(typeof r === 'string' ? r : r.id)
        .split('.')
        .pop(),
    );
    for (const target of json.time.targets ?? []) {
      const times = target.match_times ?? [];
      // Semgrep lists one match time per rule run on the target; attribute only when that lines up with the rule list.
      if (times.length !== ids.length) continue;
      for (const [i, t] of times.entries()) ruleTimes[ids[i]] = (ruleTimes[ids[i]] ?? 0) + t * 1000;
    }
    slowest = (json.time.targets ?? [])
      .map((target) => ({ file: resolve(cwd, target.path), ms: sum(target.run_time), bytes: target.num_bytes }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    phases = {
      parsingMs: sum(json.time.parsing_time),
      matchingMs: sum(json.time.matching_time),
      taintingMs: sum(json.time.tainting_time),
      scanningMs: sum(json.time.scanning_time),
    };
  }
  return {
    findings,
    errors,
    allErrors: all,
    configErrors,
    ruleTimes,
    phases,
    slowest,
    elapsedMs: run.elapsedMs,
    maxRssKb: run.maxRssKb,
    version: json.version,
  };
}

export async function runBandit(files) {
  const cwd = commonDir(files);
  const run = await runMeasured(banditBinary, ['-f', 'json', '-q', ...files.map((f) => relative(cwd, f))], { cwd });
  const json = JSON.parse(run.stdout);
  return {
    findings: json.results.map((r) => ({ file: resolve(cwd, r.filename), ruleId: r.test_id, line: r.line_number, message: r.issue_text })),
    errors: json.errors.map((e) => ({ file: resolve(cwd, e.filename), message: e.reason })),
    elapsedMs: run.elapsedMs,
    maxRssKb: run.maxRssKb,
  };
}

// Read from the installed distribution: `semgrep --version` costs two seconds of start-up.
export function semgrepVersion() {
  const lib = join(semgrepBinary, '..', '..', 'lib');
  for (const python of existsSync(lib) ? readdirSync(lib) : []) {
    const site = join(lib, python, 'site-packages');
    const info = existsSync(site) && readdirSync(site).find((f) => /^semgrep-[\d.]+\.dist-info$/.test(f));
    if (info) return info.slice('semgrep-'.length, -'.dist-info'.length);
  }
  return execFileSync(semgrepBinary, ['--version', '--disable-version-check'], { env: semgrepEnv(), encoding: 'utf8' }).trim();
}

export function banditVersion() {
  return execFileSync(banditBinary, ['--version'], { encoding: 'utf8' })
    .split('\n')[0]
    .replace(/^bandit\s*/, '')
    .trim();
}
