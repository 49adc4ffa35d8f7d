#!/usr/bin/env node
// pnpm bench [--reps N] [--only detection,realcode,speed] [--tools ai-guard,security,...] [--slice N]
//            [--no-python] [--out DIR]
// Writes DIR/benchmarks.md and DIR/benchmarks.json (DIR defaults to the repo's docs/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareCorpora } from './corpora.mjs';
import { listCorpus, score } from './detection.mjs';
import { runEslintWorker } from './exec.mjs';
import { benchDir, docsDir, repoDir } from './paths.mjs';
import {
  banditVersion,
  ensureVenv,
  packIsPresent,
  runBandit,
  runPack,
  runSemgrep,
  semgrepVersion,
  trivialPack,
  venvPip,
} from './python.mjs';
import { renderMarkdown } from './report.mjs';
import { classOf, eslintPeers, packageOf, versionOf } from './tools.mjs';

// `pnpm bench -- --reps 3` forwards the `--` itself; drop it so the options after it still parse.
const argv = process.argv.slice(2).filter((arg) => arg !== '--');
const { values: options } = parseArgs({
  args: argv,
  options: {
    reps: { type: 'string', default: '5' },
    only: { type: 'string', default: 'detection,realcode,speed' },
    tools: { type: 'string', default: [...eslintPeers, 'bandit'].join(',') },
    slice: { type: 'string' },
    'no-python': { type: 'boolean', default: false },
    out: { type: 'string', default: docsDir },
    retriage: { type: 'boolean', default: false },
  },
});

const reps = Math.max(1, Number(options.reps));
const parts = new Set(options.only.split(','));
const peers = options.tools
  .split(',')
  .filter(Boolean)
  .filter((t) => t !== 'ai-guard');
const eslintPeerTools = peers.filter((t) => eslintPeers.includes(t));
const useBandit = peers.includes('bandit');
const python = !options['no-python'];
const slice = options.slice ? Number(options.slice) : undefined;
const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const rel = (file) => relative(repoDir, file);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function toMap(results) {
  return new Map(results.map((r) => [r.file, r]));
}

function groupByFile(findings, errors, files) {
  const map = new Map(files.map((f) => [f, { file: f, findings: [] }]));
  for (const f of findings) map.get(f.file)?.findings.push(f);
  for (const e of errors) {
    const entry = e.file && map.get(e.file);
    if (entry && e.level !== 'warn') entry.crash = `${e.type ?? 'error'}: ${e.message}`;
  }
  return map;
}

async function detection() {
  const cases = listCorpus({ slice });
  const jsCases = cases.filter((c) => c.language === 'js');
  const pyCases = cases.filter((c) => c.language === 'python');
  const out = { corpus: { js: { vuln: 0, safe: 0 }, python: { vuln: 0, safe: 0 } }, js: {}, python: {} };
  for (const c of cases) out.corpus[c.language][c.label] += 1;
  for (const tool of ['ai-guard', ...eslintPeerTools]) {
    log(`detection: ${tool} on ${jsCases.length} JS/TS files`);
    const run = await runEslintWorker(
      tool,
      jsCases.map((c) => c.file),
    );
    const map = toMap(run.results);
    out.js[tool] = {
      perClass: score(tool, jsCases, map),
      crashes: run.results.filter((r) => r.crash || r.parseError).map((r) => ({ file: rel(r.file), error: r.crash ?? r.parseError })),
    };
  }
  if (python && pyCases.length > 0) {
    const files = pyCases.map((c) => c.file);
    if (packIsPresent()) {
      log(`detection: semgrep pack on ${files.length} Python files`);
      const run = await runPack(files);
      const map = groupByFile(run.findings, run.errors, files);
      out.python['ai-guard'] = {
        perClass: score('ai-guard', pyCases, map),
        invalidRuleFiles: run.invalidRuleFiles,
        crashes: [...map.values()].filter((r) => r.crash).map((r) => ({ file: rel(r.file), error: r.crash })),
      };
    } else {
      out.python['ai-guard'] = { unavailable: 'semgrep-rules/python holds no rules yet' };
    }
    if (useBandit) {
      log(`detection: bandit on ${files.length} Python files`);
      const run = await runBandit(files);
      const map = groupByFile(
        run.findings,
        run.errors.map((e) => ({ ...e, level: 'error', type: 'error' })),
        files,
      );
      out.python.bandit = {
        perClass: score('bandit', pyCases, map),
        crashes: [...map.values()].filter((r) => r.crash).map((r) => ({ file: rel(r.file), error: r.crash })),
      };
    }
  }
  return out;
}

function loadTriage() {
  const file = join(benchDir, 'triage.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { findings: {} };
}

function findingKey(root, finding) {
  return `${relative(join(benchDir, root), finding.file)}:${finding.line}:${finding.ruleId}`;
}

function summariseFindings(tool, corpora, results, triage) {
  const lines = corpora.reduce((n, c) => n + c.lines, 0);
  const rootOf = (file) => corpora.find((c) => file.startsWith(join(benchDir, c.root) + '/'));
  const mapped = [];
  let other = 0;
  for (const r of results) {
    for (const f of r.findings) {
      const cls = classOf(tool, f.ruleId);
      if (!cls) {
        other += 1;
        continue;
      }
      const corpus = rootOf(r.file ?? f.file);
      const key = `${corpus.name}@${corpus.version}/${findingKey(corpus.root, { ...f, file: r.file ?? f.file })}`;
      mapped.push({ key, cls, ruleId: f.ruleId, message: f.message });
    }
  }
  const out = { lines, mapped: mapped.length, other, per100k: (mapped.length / lines) * 1e5 };
  if (tool === 'ai-guard') {
    const verdicts = mapped.map((m) => ({ ...m, ...(triage.findings[m.key] ?? { verdict: 'untriaged' }) }));
    out.findings = verdicts;
    out.truePositives = verdicts.filter((v) => v.verdict === 'TP').length;
    out.falsePositives = verdicts.filter((v) => v.verdict === 'FP').length;
    out.untriaged = verdicts.filter((v) => v.verdict === 'untriaged').length;
    // Untriaged findings count against us until someone has read them.
    out.fpPer100k = ((out.falsePositives + out.untriaged) / lines) * 1e5;
  }
  out.perClass = {};
  for (const m of mapped) out.perClass[m.cls] = (out.perClass[m.cls] ?? 0) + 1;
  return out;
}

async function realCodeAndSpeed(corpora) {
  const triage = loadTriage();
  const out = { js: {}, python: {}, speed: { js: null, python: null } };
  const jsFiles = corpora.js.flatMap((c) => c.files);
  if (jsFiles.length > 0) {
    const tools = ['baseline', 'ai-guard', ...eslintPeerTools];
    const runs = Object.fromEntries(tools.map((t) => [t, []]));
    const timedReps = parts.has('speed') ? reps : 1;
    for (let rep = 0; rep < timedReps; rep += 1) {
      // Alternate the tools inside each repetition so that machine load drifts evenly over all of them.
      for (const tool of tools) {
        log(`real code JS/TS: ${tool}, run ${rep + 1}/${timedReps} over ${jsFiles.length} files`);
        const run = await runEslintWorker(tool, jsFiles);
        if (rep === 0) {
          out.js[tool] = {
            ...(tool === 'baseline' ? {} : summariseFindings(tool, corpora.js, run.results, triage)),
            crashes: run.results.filter((r) => r.crash).map((r) => ({ file: rel(r.file), error: r.crash })),
            parseErrors: run.results.filter((r) => r.parseError).length,
          };
        }
        runs[tool].push({ elapsedMs: run.elapsedMs, maxRssKb: run.maxRssKb, ruleTimes: run.ruleTimes, parseMs: run.parseMs });
      }
    }
    if (parts.has('speed')) {
      const speed = { reps: timedReps, files: jsFiles.length, lines: corpora.js.reduce((n, c) => n + c.lines, 0), tools: {} };
      for (const tool of tools) {
        const rs = runs[tool];
        const ruleIds = Object.keys(rs[0].ruleTimes);
        speed.tools[tool] = {
          medianMs: median(rs.map((r) => r.elapsedMs)),
          runsMs: rs.map((r) => Math.round(r.elapsedMs)),
          peakRssMb: Math.max(...rs.map((r) => r.maxRssKb)) / 1024,
          ruleMs: Object.fromEntries(ruleIds.map((id) => [id, median(rs.map((r) => r.ruleTimes[id] ?? 0))])),
        };
      }
      const base = speed.tools.baseline.medianMs;
      for (const tool of tools.filter((t) => t !== 'baseline')) speed.tools[tool].overhead = (speed.tools[tool].medianMs - base) / base;
      out.speed.js = speed;
    }
  }
  const pyFiles = corpora.py.flatMap((c) => c.files);
  if (python && pyFiles.length > 0) {
    const trivial = trivialPack();
    const present = packIsPresent();
    const runs = { pack: [], trivial: [] };
    const timedReps = parts.has('speed') ? reps : 1;
    for (let rep = 0; rep < timedReps; rep += 1) {
      if (present) {
        log(`real code Python: semgrep pack, run ${rep + 1}/${timedReps} over ${pyFiles.length} files`);
        const run = await runPack(pyFiles, { time: true });
        if (rep === 0) {
          const map = groupByFile(run.findings, run.errors, pyFiles);
          out.python['ai-guard'] = {
            ...summariseFindings('ai-guard', corpora.py, [...map.values()], triage),
            crashes: [...map.values()].filter((r) => r.crash).map((r) => ({ file: rel(r.file), error: r.crash })),
            invalidRuleFiles: run.invalidRuleFiles,
          };
        }
        runs.pack.push(run);
      }
      if (parts.has('speed')) {
        log(`real code Python: trivial pack, run ${rep + 1}/${timedReps}`);
        runs.trivial.push(await runSemgrep([trivial], pyFiles, { time: true }));
      }
    }
    if (!present) out.python['ai-guard'] = { unavailable: 'semgrep-rules/python holds no rules yet' };
    if (useBandit) {
      log('real code Python: bandit');
      const run = await runBandit(pyFiles);
      const map = groupByFile(run.findings, [], pyFiles);
      out.python.bandit = {
        ...summariseFindings('bandit', corpora.py, [...map.values()], triage),
        errors: run.errors.length,
        elapsedMs: run.elapsedMs,
        peakRssMb: run.maxRssKb / 1024,
      };
    }
    if (parts.has('speed') && present) {
      const packMs = median(runs.pack.map((r) => r.elapsedMs));
      const trivialMs = median(runs.trivial.map((r) => r.elapsedMs));
      const ruleIds = [...new Set(runs.pack.flatMap((r) => Object.keys(r.ruleTimes)))];
      out.speed.python = {
        reps: timedReps,
        files: pyFiles.length,
        lines: corpora.py.reduce((n, c) => n + c.lines, 0),
        packMs,
        trivialMs,
        ratio: packMs / trivialMs,
        packRunsMs: runs.pack.map((r) => Math.round(r.elapsedMs)),
        trivialRunsMs: runs.trivial.map((r) => Math.round(r.elapsedMs)),
        packPeakRssMb: Math.max(...runs.pack.map((r) => r.maxRssKb)) / 1024,
        trivialPeakRssMb: Math.max(...runs.trivial.map((r) => r.maxRssKb)) / 1024,
        ruleMs: Object.fromEntries(ruleIds.map((id) => [id, median(runs.pack.map((r) => r.ruleTimes[id] ?? 0))])),
        packPhases: runs.pack[0]?.phases ?? null,
        trivialPhases: runs.trivial[0]?.phases ?? null,
      };
    }
  }
  return out;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    python: execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim(),
  };
}

// --retriage: apply an edited triage.json to the last report's ai-guard findings and re-render; nothing is re-measured.
if (options.retriage) {
  const jsonFile = join(options.out, 'benchmarks.json');
  const previous = JSON.parse(readFileSync(jsonFile, 'utf8'));
  const triage = loadTriage();
  for (const language of ['js', 'python']) {
    const ours = previous.realCode?.[language]?.['ai-guard'];
    if (!ours?.findings) continue;
    ours.findings = ours.findings.map((f) => ({
      key: f.key,
      cls: f.cls,
      ruleId: f.ruleId,
      message: f.message,
      ...(triage.findings[f.key] ?? { verdict: 'untriaged' }),
    }));
    ours.truePositives = ours.findings.filter((v) => v.verdict === 'TP').length;
    ours.falsePositives = ours.findings.filter((v) => v.verdict === 'FP').length;
    ours.untriaged = ours.findings.filter((v) => v.verdict === 'untriaged').length;
    ours.fpPer100k = ((ours.falsePositives + ours.untriaged) / ours.lines) * 1e5;
  }
  writeFileSync(jsonFile, JSON.stringify(previous, null, 2) + '\n');
  writeFileSync(join(options.out, 'benchmarks.md'), renderMarkdown(previous));
  log('re-applied triage.json');
  process.exit(0);
}

const started = new Date();
// The venv holds bandit and the pip that downloads sdists; a detection-only ai-guard run needs neither.
if (python && (useBandit || parts.has('realcode') || parts.has('speed'))) ensureVenv(log);
const report = {
  date: started.toISOString(),
  command: process.env.BENCH_COMMAND ?? `pnpm bench${argv.length ? ' -- ' + argv.join(' ') : ''}`,
  options: { reps, parts: [...parts], peers, python, slice: slice ?? null },
  machine: machine(),
  versions: {
    eslint: versionOf('eslint'),
    'eslint-plugin-ai-guard': versionOf('eslint-plugin-ai-guard'),
    '@typescript-eslint/parser': versionOf('@typescript-eslint/parser'),
    ...Object.fromEntries(eslintPeerTools.map((t) => [packageOf[t], versionOf(packageOf[t])])),
    ...(python ? { semgrep: semgrepVersion() } : {}),
    ...(python && useBandit ? { bandit: banditVersion() } : {}),
  },
};
if (parts.has('detection')) report.detection = await detection();
if (parts.has('realcode') || parts.has('speed')) {
  const corpora = prepareCorpora({ python, log, pip: venvPip });
  report.corpora = {
    js: corpora.js.map(({ name, version, why, lines, files }) => ({ name, version, why, lines, files: files.length })),
    python: corpora.py.map(({ name, version, why, lines, files }) => ({ name, version, why, lines, files: files.length })),
  };
  Object.assign(report, { realCode: await realCodeAndSpeed(corpora) });
  report.speed = report.realCode.speed;
  delete report.realCode.speed;
}
report.durationSeconds = Math.round((Date.now() - started.getTime()) / 1000);
mkdirSync(options.out, { recursive: true });
writeFileSync(join(options.out, 'benchmarks.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(join(options.out, 'benchmarks.md'), renderMarkdown(report));
log(`wrote ${rel(join(options.out, 'benchmarks.md'))} and benchmarks.json in ${report.durationSeconds}s`);
