// Renders benchmarks.json as docs/benchmarks.md. Every figure comes from the report object.
import { classes, peerRuleMap } from './tools.mjs';

const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const pct = (x) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const ms = (x) => (x === null || x === undefined ? '—' : `${Math.round(x).toLocaleString('en-US')} ms`);
const met = (ok) => (ok === null ? 'not measured' : ok ? 'met' : '**not met**');

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function targets(report) {
  const rows = [];
  for (const [language, label] of [
    ['js', 'JS/TS'],
    ['python', 'Python'],
  ]) {
    const ours = report.detection?.[language]?.['ai-guard'];
    if (!ours?.perClass) {
      rows.push([`recall ≥ 0.95 and precision ≥ 0.95 per class (${label})`, ours?.unavailable ?? 'not measured', met(null)]);
      continue;
    }
    const worstRecall = Math.min(...Object.values(ours.perClass).map((c) => c.recall ?? 0));
    const worstPrecision = Math.min(...Object.values(ours.perClass).map((c) => c.precision ?? 0));
    rows.push([`recall ≥ 0.95 per class (${label})`, `lowest ${fmt(worstRecall)}`, met(worstRecall >= 0.95)]);
    rows.push([`precision ≥ 0.95 per class (${label})`, `lowest ${fmt(worstPrecision)}`, met(worstPrecision >= 0.95)]);
  }
  let crashes =
    ['js', 'python'].reduce((n, l) => n + (report.detection?.[l]?.['ai-guard']?.crashes?.length ?? 0), 0) +
    (report.realCode?.js?.['ai-guard']?.crashes?.length ?? 0) +
    (report.realCode?.python?.['ai-guard']?.crashes?.length ?? 0);
  const invalid = new Set([
    ...(report.detection?.python?.['ai-guard']?.invalidRuleFiles ?? []),
    ...(report.realCode?.python?.['ai-guard']?.invalidRuleFiles ?? []),
  ]);
  crashes += invalid.size;
  rows.push(['zero crashes (corpus and real code)', String(crashes), met(report.detection || report.realCode ? crashes === 0 : null)]);
  for (const [language, label] of [
    ['js', 'JS/TS'],
    ['python', 'Python'],
  ]) {
    const rc = report.realCode?.[language]?.['ai-guard'];
    rows.push([
      `≤ 1 false positive per 100,000 lines (${label})`,
      rc?.fpPer100k === undefined ? (rc?.unavailable ?? 'not measured') : `${fmt(rc.fpPer100k)} (untriaged counted as false)`,
      met(rc?.fpPer100k === undefined ? null : rc.fpPer100k <= 1),
    ]);
  }
  const overhead = report.speed?.js?.tools?.['ai-guard']?.overhead;
  rows.push([
    'ESLint overhead ≤ 10% of parse-only',
    overhead === undefined ? 'not measured' : pct(overhead),
    met(overhead === undefined ? null : overhead <= 0.1),
  ]);
  const ratio = report.speed?.python?.ratio;
  rows.push([
    'Semgrep pack ≤ 2x the one-trivial-rule pack',
    ratio === undefined ? 'not measured' : `${fmt(ratio)}x`,
    met(ratio === undefined ? null : ratio <= 2),
  ]);
  return table(['target', 'measured', 'status'], rows);
}

function detectionSection(report) {
  const d = report.detection;
  if (!d) return '';
  const out = ['## 1. Detection on the labelled corpus', ''];
  out.push(
    `One case per file under \`packages/bench/corpus/<class>/\`: \`vuln-*\` files hold exactly one instance of the class, \`safe-*\` files none (near-misses). Corpus size: JS/TS ${d.corpus.js.vuln} vulnerable + ${d.corpus.js.safe} safe, Python ${d.corpus.python.vuln} vulnerable + ${d.corpus.python.safe} safe. A file is flagged for its class when the tool reports a rule mapped to that class (table below); precision is — when the tool flagged nothing.`,
    '',
  );
  for (const [language, label] of [
    ['js', 'JS/TS'],
    ['python', 'Python'],
  ]) {
    const tools = Object.keys(d[language] ?? {});
    if (tools.length === 0) continue;
    out.push(`### ${label}`, '');
    const rows = [];
    for (const cls of classes) {
      for (const tool of tools) {
        const t = d[language][tool];
        if (!t.perClass) {
          rows.push([cls, tool, '—', '—', '—', '—', t.unavailable ?? '']);
          continue;
        }
        const c = t.perClass[cls];
        if (!c) continue;
        rows.push([cls, tool, `${c.tp}/${c.vuln}`, fmt(c.recall), fmt(c.precision), fmt(c.f1), String(c.crashes)]);
      }
    }
    out.push(table(['class', 'tool', 'caught', 'recall', 'precision', 'F1', 'crashes'], rows), '');
    const ours = d[language]['ai-guard'];
    if (ours?.perClass) {
      const misses = Object.entries(ours.perClass).flatMap(([cls, c]) => [
        ...c.missed.map((m) => `missed \`${cls}/${m}\``),
        ...c.falseAlarms.map((m) => `false alarm \`${cls}/${m}\``),
      ]);
      if (misses.length) out.push(`ai-guard ${label} misses and false alarms (${misses.length}):`, '', ...misses.map((m) => `- ${m}`), '');
      if (ours.invalidRuleFiles?.length)
        out.push(
          `Semgrep refused to load ${ours.invalidRuleFiles.map((f) => `\`${f}\``).join(', ')} (invalid rule schema), so the whole pack as shipped fails; the scores above come from the remaining rule files and count as crashes.`,
          '',
        );
      if (ours.crashes.length) out.push('ai-guard crashes:', '', ...ours.crashes.map((c) => `- \`${c.file}\`: ${c.error}`), '');
    }
  }
  return out.join('\n');
}

function mappingSection() {
  const peers = ['security', 'sonarjs', 'sdl', 'bandit'];
  const rows = classes.map((cls) => [
    cls,
    ...peers.map(
      (p) =>
        Object.entries(peerRuleMap[p])
          .filter(([, c]) => c === cls)
          .map(([r]) => `\`${r}\``)
          .join(', ') || '—',
    ),
  ]);
  return [
    '### Peer rules mapped to our classes',
    '',
    table(['class', 'eslint-plugin-security', 'eslint-plugin-sonarjs', '@microsoft/eslint-plugin-sdl', 'bandit'], rows),
    '',
  ].join('\n');
}

function realCodeSection(report) {
  const rc = report.realCode;
  if (!rc) return '';
  const out = ['## 2. False positives on real code', ''];
  for (const [language, label, key] of [
    ['js', 'JS/TS (npm tarballs)', 'js'],
    ['python', 'Python (PyPI sdists)', 'python'],
  ]) {
    const corpora = report.corpora?.[key] ?? [];
    if (corpora.length === 0) continue;
    const total = corpora.reduce((n, c) => n + c.lines, 0);
    out.push(`### ${label}: ${total.toLocaleString('en-US')} lines in ${corpora.reduce((n, c) => n + c.files, 0)} files`, '');
    out.push(
      table(
        ['package', 'version', 'files', 'lines', 'what'],
        corpora.map((c) => [c.name, c.version, String(c.files), c.lines.toLocaleString('en-US'), c.why]),
      ),
      '',
    );
    const rows = Object.entries(rc[language] ?? {})
      .filter(([tool]) => tool !== 'baseline')
      .map(([tool, r]) =>
        r.unavailable
          ? [tool, '—', '—', '—', '—', r.unavailable]
          : [
              tool,
              String(r.mapped),
              fmt(r.per100k),
              String(r.other),
              String(r.crashes?.length ?? r.errors ?? 0),
              tool === 'ai-guard' ? `${r.truePositives} true, ${r.falsePositives} false, ${r.untriaged} untriaged` : '',
            ],
      );
    out.push(table(['tool', 'findings in our classes', 'per 100k lines', 'other findings', 'crashes / errors', 'triage'], rows), '');
    const ours = rc[language]?.['ai-guard'];
    if (ours?.crashes?.length)
      out.push('ai-guard crashes on real code:', '', ...ours.crashes.map((c) => `- \`${c.file}\`: ${c.error}`), '');
    if (ours?.findings?.length) {
      out.push(`Every ai-guard finding, with its triage from \`packages/bench/triage.json\`:`, '');
      out.push(
        table(
          ['finding', 'verdict', 'reason'],
          ours.findings.map((f) => [`\`${f.key}\``, f.verdict, f.reason ?? '']),
        ),
        '',
      );
    }
    if (language === 'js' && rc.js?.baseline?.parseErrors)
      out.push(`${rc.js.baseline.parseErrors} files did not parse with the shared parser settings (same for every tool).`, '');
  }
  return out.join('\n');
}

function speedSection(report) {
  const s = report.speed;
  if (!s) return '';
  const out = ['## 3. Speed', ''];
  if (s.js) {
    out.push(
      `ESLint over the JS/TS real-code corpus (${s.js.files} files, ${s.js.lines.toLocaleString('en-US')} lines), each file linted with \`lintText\` after all files are read into memory, tools alternated inside each of ${s.js.reps} repetitions, median reported. Peak memory is the largest RSS of any repetition.`,
      '',
    );
    out.push(
      table(
        ['config', 'median', 'runs', 'overhead vs parse-only', 'peak RSS'],
        Object.entries(s.js.tools).map(([tool, t]) => [
          tool === 'baseline' ? 'parse only (no rules)' : tool,
          ms(t.medianMs),
          t.runsMs.join(', '),
          tool === 'baseline' ? '—' : pct(t.overhead),
          `${Math.round(t.peakRssMb)} MB`,
        ]),
      ),
      '',
    );
    const ours = s.js.tools['ai-guard'];
    if (ours) {
      const total = Object.values(ours.ruleMs).reduce((a, b) => a + b, 0);
      const over = ours.medianMs - s.js.tools.baseline.medianMs;
      out.push('ai-guard per rule (ESLint `stats`, median over repetitions):', '');
      out.push(
        table(
          ['rule', 'time', 'share of rule time', 'share of measured overhead'],
          Object.entries(ours.ruleMs)
            .sort((a, b) => b[1] - a[1])
            .map(([id, t]) => [id, ms(t), pct(total ? t / total : null), pct(over > 0 ? t / over : null)]),
        ),
        '',
      );
    }
  }
  if (s.python) {
    out.push(
      `Semgrep over the Python real-code corpus (${s.python.files} files, ${s.python.lines.toLocaleString('en-US')} lines): the pack against a pack of one trivial rule (\`eval(...)\`), alternated, median of ${s.python.reps}. Wall time includes Semgrep start-up for both.`,
      '',
    );
    out.push(
      table(
        ['config', 'median', 'runs', 'peak RSS'],
        [
          ['ai-guard pack', ms(s.python.packMs), s.python.packRunsMs.join(', '), `${Math.round(s.python.packPeakRssMb)} MB`],
          ['one trivial rule', ms(s.python.trivialMs), s.python.trivialRunsMs.join(', '), `${Math.round(s.python.trivialPeakRssMb)} MB`],
        ],
      ),
      '',
      `Ratio: **${fmt(s.python.ratio)}x**.`,
      '',
    );
    if (s.python.packPhases && s.python.packPhases.matchingMs !== null) {
      const phase = (p) => (p ? [ms(p.parsingMs), ms(p.matchingMs), ms(p.taintingMs)] : ['—', '—', '—']);
      out.push('Semgrep phase times from `--time` (first run):', '');
      out.push(
        table(
          ['config', 'parsing', 'matching', 'tainting'],
          [
            ['ai-guard pack', ...phase(s.python.packPhases)],
            ['one trivial rule', ...phase(s.python.trivialPhases)],
          ],
        ),
        '',
      );
    }
    const perRule = Object.entries(s.python.ruleMs);
    if (perRule.length) {
      out.push('Per rule (`semgrep --time`, summed match time over files, median):', '');
      out.push(
        table(
          ['rule', 'match time'],
          perRule.sort((a, b) => b[1] - a[1]).map(([id, t]) => [id, ms(t)]),
        ),
        '',
      );
    } else {
      out.push(
        'Per-rule time: not available; Semgrep 1.180 reports fewer match times per file than rules in the pack, so the times cannot be attributed to rules.',
        '',
      );
    }
  }
  return out.join('\n');
}

function peersBeatUs(report) {
  const notes = [];
  for (const [language, label] of [
    ['js', 'JS/TS'],
    ['python', 'Python'],
  ]) {
    const d = report.detection?.[language];
    const ours = d?.['ai-guard']?.perClass;
    if (!d) continue;
    for (const [tool, t] of Object.entries(d)) {
      if (tool === 'ai-guard' || !t.perClass) continue;
      for (const cls of classes) {
        const p = t.perClass[cls];
        const o = ours?.[cls];
        if (!p) continue;
        if (!o) {
          if (p.tp > 0) notes.push(`${label} ${cls}: ${tool} catches ${p.tp}/${p.vuln}, ai-guard has no result.`);
          continue;
        }
        if ((p.recall ?? 0) > (o.recall ?? 0))
          notes.push(`${label} ${cls}: ${tool} recall ${fmt(p.recall)} beats ai-guard ${fmt(o.recall)}.`);
        if (p.precision !== null && (o.precision === null || p.precision > o.precision) && p.tp > 0)
          notes.push(`${label} ${cls}: ${tool} precision ${fmt(p.precision)} beats ai-guard ${fmt(o.precision)}.`);
        if ((p.f1 ?? 0) > (o.f1 ?? 0)) notes.push(`${label} ${cls}: ${tool} F1 ${fmt(p.f1)} beats ai-guard ${fmt(o.f1)}.`);
      }
    }
    const rc = report.realCode?.[language];
    if (rc?.['ai-guard']?.mapped !== undefined) {
      for (const [tool, r] of Object.entries(rc)) {
        if (tool === 'ai-guard' || tool === 'baseline' || r.mapped === undefined) continue;
        if (r.mapped < rc['ai-guard'].mapped)
          notes.push(
            `${label} real code: ${tool} reports fewer findings in our classes (${r.mapped}) than ai-guard (${rc['ai-guard'].mapped}).`,
          );
      }
    }
  }
  const js = report.speed?.js?.tools;
  if (js?.['ai-guard']) {
    for (const [tool, t] of Object.entries(js)) {
      if (tool === 'baseline' || tool === 'ai-guard') continue;
      if (t.medianMs < js['ai-guard'].medianMs)
        notes.push(`Speed: ${tool} (${ms(t.medianMs)}) is faster than ai-guard (${ms(js['ai-guard'].medianMs)}).`);
      if (t.peakRssMb < js['ai-guard'].peakRssMb)
        notes.push(
          `Memory: ${tool} peaks lower (${Math.round(t.peakRssMb)} MB) than ai-guard (${Math.round(js['ai-guard'].peakRssMb)} MB).`,
        );
    }
  }
  return ['## Where a peer beats us', '', ...(notes.length ? notes.map((n) => `- ${n}`) : ['- Nowhere in this run.']), ''].join('\n');
}

export function renderMarkdown(report) {
  const m = report.machine;
  return [
    '# Benchmarks',
    '',
    '<!-- Generated by packages/bench (pnpm bench). Do not edit by hand: every figure comes from benchmarks.json. -->',
    '',
    `Run on ${report.date} with \`${report.command}\` (${report.durationSeconds ?? '?'} s). Options: ${JSON.stringify(report.options)}.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; ${m.python}. The machine was shared with other work, so absolute times are noisy; ratios from alternated runs are the figures to read.`,
    '',
    table(
      ['tool', 'version'],
      Object.entries(report.versions).map(([k, v]) => [k, v]),
    ),
    '',
    '## Targets',
    '',
    targets(report),
    '',
    detectionSection(report),
    mappingSection(),
    realCodeSection(report),
    speedSection(report),
    peersBeatUs(report),
  ].join('\n');
}
