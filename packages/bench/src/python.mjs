import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

export function trivialPack() {
  const file = tempFile('trivial.yaml');
  writeFileSync(
    file,
    'rules:\n  - id: trivial-eval\n    languages: [python]\n    severity: INFO\n    message: eval call\n    pattern: eval(...)\n',
  );
  return file;
}

// The pack as a whole: when one rule file does not load, Semgrep refuses the whole pack. That is recorded
// (invalidRuleFiles) and the remaining files are run, so one broken file does not hide the others.
export async function runPack(files, options = {}) {
  const first = await runSemgrep([packDir], files, options);
  const invalid = [...new Set(first.configErrors.map((e) => e.file).filter(Boolean))];
  if (invalid.length === 0) return { ...first, invalidRuleFiles: [] };
  const valid = readdirSync(packDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(packDir, f))
    .filter((f) => !invalid.some((bad) => f.endsWith(bad)));
  const rest = valid.length ? await runSemgrep(valid, files, options) : { findings: [], errors: [], ruleTimes: {}, configErrors: [] };
  return { ...rest, invalidRuleFiles: invalid.map((f) => f.replace(/^.*semgrep-rules\//, 'semgrep-rules/')) };
}

// Semgrep reports phase times either as a number or as a list of per-file numbers.
function sum(value) {
  if (typeof value === 'number') return value * 1000;
  if (Array.isArray(value)) return value.reduce((a, b) => a + (typeof b === 'number' ? b : 0), 0) * 1000;
  return null;
}

export async function runSemgrep(configs, files, { time = false } = {}) {
  const args = [
    '--metrics=off',
    '--disable-version-check',
    '--json',
    '--quiet',
    '--no-git-ignore',
    ...configs.flatMap((c) => ['--config', c]),
  ];
  if (time) args.push('--time');
  const run = await runMeasured(semgrepBinary, [...args, ...files], { env: semgrepEnv() });
  let json;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    throw new Error(`semgrep produced no JSON (exit ${run.code}): ${run.stderr.slice(-1500)}`);
  }
  const findings = json.results.map((r) => ({
    file: r.path,
    ruleId: r.check_id.split('.').pop(),
    line: r.start.line,
    message: r.extra?.message ?? '',
  }));
  const configErrors = json.errors
    .filter((e) => /Rule|Config|Yaml/i.test(String(e.type)) && !e.path)
    .map((e) => ({ file: e.spans?.[0]?.file, message: e.short_msg ?? e.message }));
  const errors = json.errors
    .filter((e) => e.path)
    .map((e) => ({
      file: e.path ?? e.spans?.[0]?.file,
      level: e.level,
      type: Array.isArray(e.type) ? e.type[0] : e.type,
      message: String(e.message ?? '').split('\n')[0],
    }));
  const ruleTimes = {};
  let phases;
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
    phases = {
      parsingMs: sum(json.time.parsing_time),
      matchingMs: sum(json.time.matching_time),
      taintingMs: sum(json.time.tainting_time),
      scanningMs: sum(json.time.scanning_time),
    };
  }
  return { findings, errors, configErrors, ruleTimes, phases, elapsedMs: run.elapsedMs, maxRssKb: run.maxRssKb, version: json.version };
}

export async function runBandit(files) {
  const run = await runMeasured(banditBinary, ['-f', 'json', '-q', ...files]);
  const json = JSON.parse(run.stdout);
  return {
    findings: json.results.map((r) => ({ file: r.filename, ruleId: r.test_id, line: r.line_number, message: r.issue_text })),
    errors: json.errors.map((e) => ({ file: e.filename, message: e.reason })),
    elapsedMs: run.elapsedMs,
    maxRssKb: run.maxRssKb,
  };
}

export function semgrepVersion() {
  return execFileSync(semgrepBinary, ['--version', '--disable-version-check'], { env: semgrepEnv(), encoding: 'utf8' }).trim();
}

export function banditVersion() {
  return execFileSync(banditBinary, ['--version'], { encoding: 'utf8' })
    .split('\n')[0]
    .replace(/^bandit\s*/, '')
    .trim();
}
