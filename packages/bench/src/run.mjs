#!/usr/bin/env node
// pnpm bench [--reps N] [--peer-reps N] [--python-reps N] [--only detection,realcode,speed] [--tools security,sonarjs,...]
//            [--corpus tuned,heldout] [--slice N] [--no-python] [--no-js] [--out DIR]
// pnpm bench -- --retriage | --list-untriaged [--rule <id>] [--context N]
// Writes DIR/benchmarks.md, DIR/benchmarks.json and the charts in DIR/benchmarks/ (DIR defaults to docs/).
// Exits non-zero, after writing the report, when the run failed (see `failures` in the report).
// First: copies the built plugin before anything reads it (see plugin-snapshot.mjs).
import './plugin-snapshot.mjs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { charts } from './charts.mjs';
import { prepareCorpora } from './corpora.mjs';
import { listCorpus, score } from './detection.mjs';
import { removeTempFiles, runEslintWorker } from './exec.mjs';
import { benchDir, docsDir, repoDir } from './paths.mjs';
import { pluginDistHash, provenance } from './provenance.mjs';
import {
  banditVersion,
  ensureVenv,
  floorPack,
  floorPattern,
  packIsPresent,
  packSnapshot,
  runBandit,
  runPack,
  runSemgrep,
  semgrepVersion,
  venvPip,
} from './python.mjs';
import { applyTriage, loadTriage, summariseRealCode } from './realcode.mjs';
import { chartsDir, renderMarkdown } from './report.mjs';
import { classes, eslintPeers, packageOf, versionOf } from './tools.mjs';
import { listUntriaged } from './untriaged.mjs';

// `pnpm bench -- --reps 3` forwards the `--` itself; drop it so the options after it still parse.
const argv = process.argv.slice(2).filter((arg) => arg !== '--');
const { values: options } = parseArgs({
  args: argv,
  options: {
    reps: { type: 'string', default: '5' },
    'peer-reps': { type: 'string', default: '1' },
    'python-reps': { type: 'string' },
    only: { type: 'string', default: 'detection,realcode,speed' },
    tools: { type: 'string', default: [...eslintPeers, 'bandit'].join(',') },
    slice: { type: 'string' },
    corpus: { type: 'string', default: 'tuned,heldout' },
    'no-python': { type: 'boolean', default: false },
    'no-js': { type: 'boolean', default: false },
    out: { type: 'string', default: docsDir },
    retriage: { type: 'boolean', default: false },
    'list-untriaged': { type: 'boolean', default: false },
    rule: { type: 'string' },
    context: { type: 'string', default: '3' },
  },
});

const reps = Math.max(1, Number(options.reps));
const peerReps = Math.min(reps, Math.max(1, Number(options['peer-reps'])));
const pythonReps = Math.max(1, Number(options['python-reps'] ?? reps));
const parts = new Set(options.only.split(','));
const peers = options.tools
  .split(',')
  .filter(Boolean)
  .filter((t) => t !== 'ai-guard');
const eslintPeerTools = peers.filter((t) => eslintPeers.includes(t));
const useBandit = peers.includes('bandit');
const python = !options['no-python'];
// `--no-js` skips the JS/TS real-code and speed runs (a Python-only rule change needs only the Semgrep half).
const javascript = !options['no-js'];
const slice = options.slice ? Number(options.slice) : undefined;
const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const rel = (file) => relative(repoDir, file);
const corpusDirs = Object.fromEntries(
  Object.entries({ tuned: join(benchDir, 'corpus'), heldout: join(benchDir, 'corpus-heldout') }).filter(([name]) =>
    options.corpus.split(',').includes(name),
  ),
);

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

const crashesOf = (results) =>
  results.filter((r) => r.crash || r.parseError).map((r) => ({ file: rel(r.file), error: r.crash ?? r.parseError }));

// Both corpora are scored from one run per tool and language (fewer start-ups), then apart. Nothing here is
// timed, so the tools run side by side; the tables keep a fixed order.
async function detection() {
  const cases = Object.fromEntries(Object.entries(corpusDirs).map(([name, dir]) => [name, listCorpus(dir, { slice })]));
  const out = {};
  for (const [name, list] of Object.entries(cases)) {
    out[name] = { corpus: { js: { vuln: 0, safe: 0 }, python: { vuln: 0, safe: 0 } }, js: {}, python: {} };
    for (const c of list) out[name].corpus[c.language][c.label] += 1;
  }
  const all = Object.values(cases).flat();
  const of = (language, name) => cases[name].filter((c) => c.language === language);
  const jsFiles = all.filter((c) => c.language === 'js').map((c) => c.file);
  const pyFiles = all.filter((c) => c.language === 'python').map((c) => c.file);
  const eslintTool = async (tool) => {
    log(`detection: ${tool} on ${jsFiles.length} JS/TS files`);
    const map = toMap((await runEslintWorker(tool, jsFiles)).results);
    return (name) => {
      const mine = of('js', name);
      return {
        perClass: score(tool, mine, map),
        crashes: crashesOf(mine.map((c) => map.get(c.file))),
        thrown: mine.filter((c) => map.get(c.file)?.crash).length,
      };
    };
  };
  const pack = async () => {
    if (!packIsPresent()) return () => ({ unavailable: 'semgrep-rules/python holds no rules yet' });
    log(`detection: semgrep pack on ${pyFiles.length} Python files`);
    const run = await runPack(pyFiles);
    const map = groupByFile(run.findings, run.errors, pyFiles);
    return (name) => {
      const mine = of('python', name);
      return {
        perClass: score('ai-guard', mine, map),
        invalidRuleFiles: run.invalidRuleFiles,
        crashes: crashesOf(mine.map((c) => map.get(c.file))),
      };
    };
  };
  const bandit = async () => {
    log(`detection: bandit on ${pyFiles.length} Python files`);
    const run = await runBandit(pyFiles);
    const errors = run.errors.map((e) => ({ ...e, level: 'error', type: 'error' }));
    const map = groupByFile(run.findings, errors, pyFiles);
    return (name) => {
      const mine = of('python', name);
      return { perClass: score('bandit', mine, map), crashes: crashesOf(mine.map((c) => map.get(c.file))) };
    };
  };
  const jobs = [
    ...['ai-guard', ...eslintPeerTools].map((tool) => ['js', tool, () => eslintTool(tool)]),
    ...(python && pyFiles.length > 0 ? [['python', 'ai-guard', pack]] : []),
    ...(python && pyFiles.length > 0 && useBandit ? [['python', 'bandit', bandit]] : []),
  ];
  const scorers = await Promise.all(jobs.map(([, , job]) => job()));
  for (const [i, [language, tool]] of jobs.entries()) {
    for (const name of Object.keys(cases)) out[name][language][tool] = scorers[i](name);
  }
  return out;
}

function ruleTotal(ruleTimes) {
  return Object.entries(ruleTimes)
    .filter(([id]) => id.startsWith('ai-guard/'))
    .reduce((n, [, t]) => n + t, 0);
}

async function realCodeJs(corpora, triage) {
  const files = corpora.flatMap((c) => c.files);
  const out = { findings: {}, speed: null };
  if (!javascript || files.length === 0) return out;
  const timed = parts.has('speed');
  const runs = {};
  for (let rep = 0; rep < (timed ? reps : 1); rep += 1) {
    // Tools alternate inside each repetition so that machine load drifts evenly over them. Peers are timed
    // on their first --peer-reps repetitions only: the targets are ratios of ai-guard to the parse-only run.
    const tools = ['baseline', 'ai-guard', ...(rep < peerReps ? eslintPeerTools : [])];
    for (const tool of tools) {
      log(`real code JS/TS: ${tool}, run ${rep + 1}/${timed ? reps : 1} over ${files.length} files`);
      let run;
      try {
        run = await runEslintWorker(tool, files);
      } catch (error) {
        // A peer's worker that dies (out of memory, a plugin bug) is that peer's result, not the end of the run.
        if (tool === 'baseline' || tool === 'ai-guard') throw error;
        out.findings[tool] ??= { unavailable: `ESLint worker failed: ${String(error.message).split('\n')[0].slice(0, 300)}` };
        continue;
      }
      if (rep === 0) {
        out.findings[tool] = {
          ...(tool === 'baseline' ? {} : summariseRealCode(tool, corpora, run.results, triage)),
          crashes: run.results.filter((r) => r.crash).map((r) => ({ file: rel(r.file), error: r.crash })),
          parseErrors: run.results.filter((r) => r.parseError).length,
        };
      }
      (runs[tool] ??= []).push({ elapsedMs: run.elapsedMs, maxRssKb: run.maxRssKb, ruleTimes: run.ruleTimes });
    }
  }
  if (!timed) return out;
  const speed = { reps, peerReps, files: files.length, lines: corpora.reduce((n, c) => n + c.lines, 0), tools: {} };
  for (const [tool, rs] of Object.entries(runs)) {
    const ruleIds = Object.keys(rs[0].ruleTimes);
    speed.tools[tool] = {
      medianMs: median(rs.map((r) => r.elapsedMs)),
      runsMs: rs.map((r) => Math.round(r.elapsedMs)),
      peakRssMb: Math.max(...rs.map((r) => r.maxRssKb)) / 1024,
      ruleMs: Object.fromEntries(ruleIds.map((id) => [id, median(rs.map((r) => r.ruleTimes[id] ?? 0))])),
    };
  }
  const base = speed.tools.baseline.medianMs;
  for (const tool of Object.keys(speed.tools).filter((t) => t !== 'baseline')) {
    speed.tools[tool].overhead = (speed.tools[tool].medianMs - base) / base;
  }
  // The target figure: in repetition i, the ai-guard rules' own time (ESLint stats, summed over ai-guard/*
  // rules, from the ai-guard run) divided by the whole parse-only run of the same repetition; median over i.
  const pairs = runs['ai-guard'].map((run, i) => ({ rules: ruleTotal(run.ruleTimes), parseOnly: runs.baseline[i].elapsedMs }));
  const ours = speed.tools['ai-guard'];
  speed.ruleShare = {
    total: median(pairs.map((p) => p.rules / p.parseOnly)),
    perRep: pairs.map((p) => p.rules / p.parseOnly),
    ruleMs: median(pairs.map((p) => p.rules)),
    perRule: Object.fromEntries(
      Object.entries(ours.ruleMs)
        .filter(([id]) => id.startsWith('ai-guard/'))
        .map(([id, t]) => [id, t / base]),
    ),
  };
  out.speed = speed;
  return out;
}

async function realCodePython(corpora, triage, failures) {
  const files = corpora.flatMap((c) => c.files);
  const out = { findings: {}, speed: null };
  if (!python || files.length === 0) return out;
  const timed = parts.has('speed');
  const present = packIsPresent();
  const floor = floorPack();
  const runs = { pack: [], floor: [] };
  const recordErrors = (what, run) => {
    if (run.allErrors.length === 0) return;
    const byType = {};
    for (const e of run.allErrors) byType[`${e.level ?? 'error'} ${e.type}`] = (byType[`${e.level ?? 'error'} ${e.type}`] ?? 0) + 1;
    failures.push({
      what: `Semgrep reported ${run.allErrors.length} error(s) on real Python code (${what}): ${Object.entries(byType)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')}`,
      details: run.allErrors.slice(0, 20).map((e) => `${e.file ? rel(e.file) : '(no file)'}: ${e.message}`),
    });
  };
  for (let rep = 0; rep < (timed ? pythonReps : 1); rep += 1) {
    if (present) {
      log(`real code Python: semgrep pack, run ${rep + 1}/${timed ? pythonReps : 1} over ${files.length} files`);
      const run = await runPack(files, { time: true });
      if (rep === 0) {
        const map = groupByFile(run.findings, run.errors, files);
        out.findings['ai-guard'] = {
          ...summariseRealCode('ai-guard', corpora, [...map.values()], triage),
          errors: run.allErrors.map((e) => ({ file: e.file ? rel(e.file) : null, level: e.level, type: e.type, message: e.message })),
          invalidRuleFiles: run.invalidRuleFiles,
        };
        recordErrors('ai-guard pack', run);
      }
      runs.pack.push(run);
    }
    if (timed) {
      log(`real code Python: floor pack, run ${rep + 1}/${pythonReps}`);
      const run = await runSemgrep([floor], files, { time: true });
      if (rep === 0) recordErrors('floor pack', run);
      runs.floor.push(run);
    }
  }
  if (!present) out.findings['ai-guard'] = { unavailable: 'semgrep-rules/python holds no rules yet' };
  if (useBandit) {
    log('real code Python: bandit');
    const run = await runBandit(files);
    const map = groupByFile(run.findings, [], files);
    out.findings.bandit = {
      ...summariseRealCode('bandit', corpora, [...map.values()], triage),
      errors: run.errors.length,
      elapsedMs: run.elapsedMs,
      peakRssMb: run.maxRssKb / 1024,
    };
  }
  if (timed && present) {
    const packMs = median(runs.pack.map((r) => r.elapsedMs));
    const floorMs = median(runs.floor.map((r) => r.elapsedMs));
    const ruleIds = [...new Set(runs.pack.flatMap((r) => Object.keys(r.ruleTimes)))];
    out.speed = {
      reps: pythonReps,
      files: files.length,
      lines: corpora.reduce((n, c) => n + c.lines, 0),
      floorPattern,
      packMs,
      floorMs,
      ratio: packMs / floorMs,
      packRunsMs: runs.pack.map((r) => Math.round(r.elapsedMs)),
      floorRunsMs: runs.floor.map((r) => Math.round(r.elapsedMs)),
      packPeakRssMb: Math.max(...runs.pack.map((r) => r.maxRssKb)) / 1024,
      floorPeakRssMb: Math.max(...runs.floor.map((r) => r.maxRssKb)) / 1024,
      ruleMs: Object.fromEntries(ruleIds.map((id) => [id, median(runs.pack.map((r) => r.ruleTimes[id] ?? 0))])),
      packPhases: runs.pack[0]?.phases ?? null,
      slowestFiles: (runs.pack[0]?.slowest ?? []).map((t) => ({ file: relative(benchDir, t.file), ms: t.ms, bytes: t.bytes })),
      floorPhases: runs.floor[0]?.phases ?? null,
    };
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

// Everything that makes a run fail: a crash of ai-guard (or of the parse-only run) anywhere, a Semgrep error on
// real code, a pack that Semgrep refuses to load. Peers' crashes are shown in their rows and do not fail the run.
function collectFailures(report, failures) {
  for (const [corpus, d] of Object.entries(report.detection ?? {})) {
    const thrown = d.js?.['ai-guard']?.thrown ?? 0;
    if (thrown) failures.push({ what: `ai-guard threw on ${thrown} file(s) of the ${corpus} corpus`, details: [] });
    const invalid = d.python?.['ai-guard']?.invalidRuleFiles ?? [];
    if (invalid.length) failures.push({ what: `Semgrep refused to load ${invalid.join(', ')}`, details: [] });
  }
  for (const tool of ['baseline', 'ai-guard']) {
    const crashes = report.realCode?.js?.[tool]?.crashes ?? [];
    if (crashes.length)
      failures.push({
        what: `ESLint crashed on ${crashes.length} real-code file(s) with ${tool === 'baseline' ? 'no rules' : 'ai-guard'}`,
        details: crashes.slice(0, 20).map((c) => `${c.file}: ${c.error}`),
      });
  }
  return failures;
}

async function formatMarkdown(markdown, file) {
  const prettier = createRequire(join(repoDir, 'package.json'))('prettier');
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(markdown, { ...config, filepath: file });
}

async function writeReport(report) {
  mkdirSync(options.out, { recursive: true });
  writeFileSync(join(options.out, 'benchmarks.json'), JSON.stringify(report, null, 2) + '\n');
  const pictures = charts(report);
  const dir = join(options.out, chartsDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const chart of pictures) writeFileSync(join(dir, chart.file), chart.svg);
  const file = join(options.out, 'benchmarks.md');
  writeFileSync(file, await formatMarkdown(renderMarkdown(report, pictures), file));
}

if (options['list-untriaged']) {
  const previous = JSON.parse(readFileSync(join(options.out, 'benchmarks.json'), 'utf8'));
  process.stdout.write(listUntriaged(previous, { rule: options.rule, context: Number(options.context) }) + '\n');
  removeTempFiles();
  process.exit(0);
}

// --retriage: apply an edited triage.json to the last report's ai-guard findings and re-render; nothing is re-measured.
if (options.retriage) {
  const previous = JSON.parse(readFileSync(join(options.out, 'benchmarks.json'), 'utf8'));
  const triage = loadTriage();
  for (const language of ['js', 'python']) {
    const ours = previous.realCode?.[language]?.['ai-guard'];
    if (ours?.findings) applyTriage(ours, triage);
  }
  await writeReport(previous);
  removeTempFiles();
  log('re-applied triage.json');
  process.exit(previous.failures?.length ? 1 : 0);
}

const started = new Date();
// The venv holds bandit and the pip that downloads sdists; a detection-only ai-guard run needs neither.
if (python && (useBandit || parts.has('realcode') || parts.has('speed'))) ensureVenv(log);
const failures = [];
const distAtStart = pluginDistHash();
const report = {
  date: started.toISOString(),
  command: process.env.BENCH_COMMAND ?? `pnpm bench${argv.length ? ' -- ' + argv.join(' ') : ''}`,
  provenance: {
    ...provenance(),
    pluginDistSha256: distAtStart,
    semgrepPackSha256: python && packIsPresent() ? packSnapshot().sha256 : null,
  },
  options: { reps, peerReps, pythonReps, parts: [...parts], corpora: Object.keys(corpusDirs), peers, python, slice: slice ?? null },
  classes,
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
  const describe = ({ name, version, why, root, lines, files, testFiles, testLines }) => ({
    name,
    version,
    why,
    root,
    files: files.length,
    lines,
    testFiles,
    testLines,
  });
  report.corpora = { js: corpora.js.map(describe), python: corpora.py.map(describe) };
  const triage = loadTriage();
  const js = await realCodeJs(corpora.js, triage);
  const py = await realCodePython(corpora.py, triage, failures);
  report.realCode = { js: js.findings, python: py.findings };
  report.speed = { js: js.speed, python: py.speed };
}
collectFailures(report, failures);
if (pluginDistHash() !== distAtStart)
  failures.push({
    what: 'the built plugin (packages/eslint-plugin-ai-guard/dist) changed during the run: rebuilt by someone else?',
    details: [],
  });
report.failures = failures;
report.durationSeconds = Math.round((Date.now() - started.getTime()) / 1000);
await writeReport(report);
removeTempFiles();
log(`wrote ${rel(join(options.out, 'benchmarks.md'))}, benchmarks.json and ${chartsDir}/*.svg in ${report.durationSeconds}s`);
if (failures.length) {
  for (const f of failures) log(`FAILED: ${f.what}`);
  process.exit(1);
}
