// Renders benchmarks.json as docs/benchmarks.md. Every figure comes from the report object.
import { corpusLabel } from './charts.mjs';
import { groupLabel, groups } from './realcode.mjs';
import { peerRulesFor } from './tools.mjs';

/** The charts' folder, next to benchmarks.md. */
export const chartsDir = 'benchmarks';

const fmt = (x, digits = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));
const pct = (x, digits = 1) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`);
const ms = (x) => (x === null || x === undefined ? '—' : `${Math.round(x).toLocaleString('en-US')} ms`);
const num = (x) => (x === null || x === undefined ? '—' : x.toLocaleString('en-US'));
const met = (ok) => (ok === null ? 'not measured' : ok ? 'met' : '**not met**');
const languages = [
  ['js', 'JS/TS'],
  ['python', 'Python'],
];
const detectionTargets = { tuned: { recall: 0.95, precision: 0.95 }, heldout: { recall: 0.9, precision: 0.95 } };

const cell = (value) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header, rows) {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

function picture(pictures, file) {
  const chart = pictures.find((p) => p.file === file);
  return chart ? [`![${chart.title}](${chartsDir}/${chart.file})`, ''] : [];
}

function detectionTargetRows(report, corpus) {
  const rows = [];
  const target = detectionTargets[corpus];
  const classes = report.classes ?? [];
  for (const [language, label] of languages) {
    const ours = report.detection?.[corpus]?.[language]?.['ai-guard'];
    const name = `${corpusLabel[corpus]}: recall ≥ ${fmt(target.recall)} and precision ≥ ${fmt(target.precision)} per class (${label})`;
    if (!report.detection?.[corpus]) {
      rows.push([name, 'not measured', met(null)]);
      continue;
    }
    if (!ours?.perClass || Object.keys(ours.perClass).length === 0) {
      rows.push([name, ours?.unavailable ?? 'no cases yet', met(null)]);
      continue;
    }
    const scored = Object.entries(ours.perClass);
    const waiting = classes.filter((cls) => !ours.perClass[cls]);
    const lowest = (field) => Math.min(...scored.map(([, c]) => c[field] ?? 0));
    const failing = scored.filter(([, c]) => (c.recall ?? 0) < target.recall || (c.precision ?? 0) < target.precision).map(([cls]) => cls);
    rows.push([
      name,
      `lowest recall ${fmt(lowest('recall'))}, lowest precision ${fmt(lowest('precision'))}${failing.length ? `; below: ${failing.join(', ')}` : ''}${waiting.length ? `; no cases yet: ${waiting.join(', ')}` : ''}`,
      met(failing.length === 0),
    ]);
  }
  return rows;
}

function targets(report) {
  const rows = [...detectionTargetRows(report, 'tuned'), ...detectionTargetRows(report, 'heldout')];
  let crashes = 0;
  for (const d of Object.values(report.detection ?? {}))
    for (const [language] of languages) crashes += d[language]?.['ai-guard']?.crashes?.length ?? 0;
  crashes += report.realCode?.js?.['ai-guard']?.crashes?.length ?? 0;
  crashes += report.realCode?.python?.['ai-guard']?.errors?.length ?? 0;
  rows.push([
    'zero crashes and Semgrep errors (corpora and real code)',
    String(crashes),
    met(report.detection || report.realCode ? crashes === 0 : null),
  ]);
  const jsLines = report.corpora?.js?.reduce((n, c) => n + c.lines, 0);
  rows.push([
    'real JS/TS code ≥ 1,000,000 lines',
    jsLines === undefined ? 'not measured' : num(jsLines),
    met(jsLines === undefined ? null : jsLines >= 1e6),
  ]);
  for (const [language, label] of languages) {
    const rc = report.realCode?.[language]?.['ai-guard'];
    for (const [group, limit] of [
      ['nonTest', 1],
      ['test', 5],
    ]) {
      const g = rc?.groups?.[group];
      rows.push([
        `≤ ${limit} false positive${limit === 1 ? '' : 's'} per 100,000 lines ${groupLabel[group]} (${label})`,
        g
          ? `${fmt(g.fpPer100k)} (${g.falsePositives} false + ${g.untriaged} untriaged in ${num(g.lines)} lines)`
          : (rc?.unavailable ?? 'not measured'),
        met(g ? (g.fpPer100k ?? 0) <= limit : null),
      ]);
    }
  }
  const share = report.speed?.js?.ruleShare?.total;
  rows.push([
    'ai-guard rule time ≤ 3% of a parse-only ESLint run',
    share === undefined ? 'not measured' : pct(share, 2),
    met(share === undefined ? null : share <= 0.03),
  ]);
  const ratio = report.speed?.python?.ratio;
  rows.push([
    'Semgrep pack ≤ 2× the parse-every-file floor',
    ratio === undefined ? 'not measured' : `${fmt(ratio)}×`,
    met(ratio === undefined ? null : ratio <= 2),
  ]);
  return table(['target', 'measured', 'status'], rows);
}

function detectionSection(report, corpus, heading, intro, pictures) {
  const d = report.detection?.[corpus];
  if (!d) return '';
  const classes = report.classes ?? [];
  const out = [heading, '', intro(d), ''];
  for (const [language, label] of languages) {
    const tools = Object.keys(d[language] ?? {});
    if (tools.length === 0) continue;
    out.push(`### ${label}`, '', ...picture(pictures, `detection-${corpus}-${language}.svg`));
    const rows = [];
    for (const cls of classes) {
      if (tools.every((tool) => d[language][tool].perClass && !d[language][tool].perClass[cls])) {
        rows.push([cls, 'all', 'no cases yet', '', '', '', '']);
        continue;
      }
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
          `Semgrep refused to load ${ours.invalidRuleFiles.map((f) => `\`${f}\``).join(', ')} (invalid rule schema), so the whole pack as shipped fails; the scores above come from the remaining rule files.`,
          '',
        );
      if (ours.crashes?.length) out.push('ai-guard crashes:', '', ...ours.crashes.map((c) => `- \`${c.file}\`: ${c.error}`), '');
    }
  }
  return out.join('\n');
}

function mappingSection(report) {
  const peers = [
    ['security', 'eslint-plugin-security'],
    ['sonarjs', 'eslint-plugin-sonarjs'],
    ['sdl', '@microsoft/eslint-plugin-sdl'],
    ['bandit', 'bandit'],
  ];
  const rows = (report.classes ?? []).map((cls) => [
    cls,
    ...peers.map(
      ([p]) =>
        peerRulesFor(p, cls)
          .map((r) => `\`${r}\``)
          .join(', ') || '—',
    ),
  ]);
  return [
    '### Peer rules mapped to our classes',
    '',
    'A peer finding counts for a class only through this table (`packages/bench/src/tools.mjs`); one peer rule may count for several classes. Everything else a peer reports is counted as "other findings" on real code. ai-guard findings map by rule id (`ai-guard/<rule-id>`; Semgrep findings by `metadata.eslint-rule`).',
    '',
    table(['class', ...peers.map(([, name]) => name)], rows),
    '',
  ].join('\n');
}

function realCodeSection(report, pictures) {
  const rc = report.realCode;
  if (!rc) return '';
  const out = [
    '## 3. Findings on real code',
    '',
    'Published applications and frameworks, downloaded at the pinned versions of `packages/bench/corpora.json` (never committed); minified and bundled files (a line over 1,000 characters or more than 200 characters per line on average, `.min.js`) are left out. A file is test code by its path: a `test/`, `tests/`, `__tests__/`, `__mocks__/` or `fixtures/` folder anywhere in it, `*.test.*`, `*.spec.*`, `test_*.py`, `*_test.py`, `conftest.py`. A finding is one rule on one line; its verdict comes from `packages/bench/triage.json`, and an untriaged finding counts as a false positive.',
    '',
    ...picture(pictures, 'false-positives.svg'),
  ];
  for (const [language, label] of [
    ['js', 'JS/TS (npm tarballs)'],
    ['python', 'Python (PyPI sdists, tests included)'],
  ]) {
    const corpora = report.corpora?.[language] ?? [];
    if (corpora.length === 0) continue;
    const total = corpora.reduce((n, c) => n + c.lines, 0);
    const testLines = corpora.reduce((n, c) => n + (c.testLines ?? 0), 0);
    out.push(
      `### ${label}: ${num(total)} lines in ${num(corpora.reduce((n, c) => n + c.files, 0))} files (${num(total - testLines)} outside tests, ${num(testLines)} in tests)`,
      '',
    );
    out.push(
      table(
        ['package', 'version', 'files', 'lines', 'of which in tests', 'why'],
        corpora.map((c) => [c.name, c.version, num(c.files), num(c.lines), `${num(c.testLines)} (${num(c.testFiles)} files)`, c.why]),
      ),
      '',
    );
    const rows = [];
    for (const [tool, r] of Object.entries(rc[language] ?? {})) {
      if (tool === 'baseline') continue;
      if (r.unavailable) {
        rows.push([tool, '', '—', '—', '—', '—', r.unavailable]);
        continue;
      }
      const problems = String(r.crashes?.length ?? (Array.isArray(r.errors) ? r.errors.length : (r.errors ?? 0)));
      for (const group of groups) {
        const g = r.groups[group];
        rows.push([
          tool,
          groupLabel[group],
          num(g.mapped),
          fmt(g.per100k),
          num(g.other),
          group === 'nonTest' ? problems : '',
          tool === 'ai-guard'
            ? `${g.truePositives} true, ${g.falsePositives} false, ${g.untriaged} untriaged; ${fmt(g.fpPer100k)} false per 100k`
            : '',
        ]);
      }
    }
    out.push(
      table(['tool', 'files', 'findings in our classes', 'per 100k lines', 'other findings', 'crashes / errors', 'ai-guard triage'], rows),
      '',
    );
    const ours = rc[language]?.['ai-guard'];
    if (ours?.crashes?.length)
      out.push('ai-guard crashes on real code:', '', ...ours.crashes.map((c) => `- \`${c.file}\`: ${c.error}`), '');
    if (Array.isArray(ours?.errors) && ours.errors.length)
      out.push(
        `Semgrep errors on real code (${ours.errors.length}):`,
        '',
        ...ours.errors.slice(0, 30).map((e) => `- \`${e.file ?? '(no file)'}\`: ${e.level ?? ''} ${e.type}: ${e.message}`),
        '',
      );
    if (ours?.findings?.length) {
      const perRule = new Map();
      for (const f of ours.findings) {
        const row = perRule.get(f.ruleId) ?? { nonTest: { TP: 0, FP: 0, untriaged: 0 }, test: { TP: 0, FP: 0, untriaged: 0 } };
        row[f.group][f.verdict] = (row[f.group][f.verdict] ?? 0) + 1;
        perRule.set(f.ruleId, row);
      }
      out.push('ai-guard findings per rule (true / false / untriaged):', '');
      out.push(
        table(
          ['rule', ...groups.map((g) => groupLabel[g])],
          [...perRule.entries()]
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([rule, row]) => [rule, ...groups.map((g) => `${row[g].TP} / ${row[g].FP} / ${row[g].untriaged}`)]),
        ),
        '',
      );
      out.push(
        '<details>',
        `<summary>Every ai-guard finding (${ours.findings.length}), with its triage</summary>`,
        '',
        table(
          ['finding', 'where', 'verdict', 'reason'],
          ours.findings.map((f) => [`\`${f.key}\``, groupLabel[f.group], f.verdict, f.reason ?? '']),
        ),
        '',
        '</details>',
        '',
      );
    }
    if (language === 'js' && rc.js?.baseline?.parseErrors)
      out.push(`${rc.js.baseline.parseErrors} files did not parse with the shared parser settings (same for every tool).`, '');
  }
  return out.join('\n');
}

function speedSection(report, pictures) {
  const s = report.speed;
  if (!s || (!s.js && !s.python)) return '';
  const out = ['## 4. Speed', ''];
  if (s.js) {
    const share = s.js.ruleShare;
    out.push(
      `ESLint over the JS/TS real-code corpus (${num(s.js.files)} files, ${num(s.js.lines)} lines), each file linted with \`lintText\` after all files are read into memory, in its own process per tool. The parse-only run (no rules) and the ai-guard run alternate in each of ${s.js.reps} repetition(s); peers run in the first ${s.js.peerReps} only (their findings come from the first). Peak memory is the largest RSS of any run.`,
      '',
      `**Rule time: ${pct(share.total, 2)} of a parse-only run.** In each repetition, the ai-guard rules' own time (ESLint \`stats\`, summed over the \`ai-guard/*\` rules of the ai-guard run: ${ms(share.ruleMs)} median) is divided by the wall time of that repetition's parse-only run; the figure is the median over repetitions (${share.perRep.map((x) => pct(x, 2)).join(', ')}). The "overhead" column below is the ratio of medians of whole runs, which also holds ESLint's own per-rule bookkeeping and machine noise.`,
      '',
      ...picture(pictures, 'rule-time.svg'),
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
    out.push('ai-guard per rule (ESLint `stats`, median over repetitions):', '');
    out.push(
      table(
        ['rule', 'time', 'share of parse-only run'],
        Object.entries(share.perRule)
          .sort((a, b) => b[1] - a[1])
          .map(([id, x]) => [id, ms(s.js.tools['ai-guard'].ruleMs[id]), pct(x, 2)]),
      ),
      '',
    );
  }
  if (s.python) {
    out.push(
      `Semgrep over the Python real-code corpus, tests included (${num(s.python.files)} files, ${num(s.python.lines)} lines): the pack against a floor pack of one rule, \`${s.python.floorPattern}\`, which holds no literal so that Semgrep's prefilter cannot skip a file and the floor parses and walks every file. Alternated, median of ${s.python.reps} run(s) each; wall time includes Semgrep start-up for both.`,
      '',
      ...picture(pictures, 'semgrep-time.svg'),
    );
    out.push(
      table(
        ['config', 'median', 'runs', 'peak RSS'],
        [
          ['ai-guard pack', ms(s.python.packMs), s.python.packRunsMs.join(', '), `${Math.round(s.python.packPeakRssMb)} MB`],
          ['floor pack', ms(s.python.floorMs), s.python.floorRunsMs.join(', '), `${Math.round(s.python.floorPeakRssMb)} MB`],
        ],
      ),
      '',
      `Ratio: **${fmt(s.python.ratio)}×**.`,
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
            ['floor pack', ...phase(s.python.floorPhases)],
          ],
        ),
        '',
      );
    }
    if (s.python.slowestFiles?.length) {
      out.push('Slowest files for the pack (`semgrep --time` run time, first run):', '');
      out.push(
        table(
          ['file', 'run time', 'size'],
          s.python.slowestFiles.map((f) => [
            `\`${f.file.replace(/^\.cache\/pypi\//, '')}\``,
            ms(f.ms),
            `${num(Math.round(f.bytes / 1024))} KB`,
          ]),
        ),
        '',
      );
    }
    const perRule = Object.entries(s.python.ruleMs);
    if (perRule.length) {
      out.push('Per Semgrep rule (`semgrep --time`, summed match time over files, median):', '');
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
  for (const [corpus, d] of Object.entries(report.detection ?? {})) {
    for (const [language, label] of languages) {
      const ours = d[language]?.['ai-guard']?.perClass;
      for (const [tool, t] of Object.entries(d[language] ?? {})) {
        if (tool === 'ai-guard' || !t.perClass) continue;
        for (const cls of report.classes ?? []) {
          const p = t.perClass[cls];
          const o = ours?.[cls];
          const where = `${label} ${cls} (${corpusLabel[corpus]})`;
          if (!p) continue;
          if (!o) {
            if (p.tp > 0) notes.push(`${where}: ${tool} catches ${p.tp}/${p.vuln}, ai-guard has no result.`);
            continue;
          }
          if ((p.recall ?? 0) > (o.recall ?? 0)) notes.push(`${where}: ${tool} recall ${fmt(p.recall)} beats ai-guard ${fmt(o.recall)}.`);
          if (p.precision !== null && (o.precision === null || p.precision > o.precision) && p.tp > 0)
            notes.push(`${where}: ${tool} precision ${fmt(p.precision)} beats ai-guard ${fmt(o.precision)}.`);
          if ((p.f1 ?? 0) > (o.f1 ?? 0)) notes.push(`${where}: ${tool} F1 ${fmt(p.f1)} beats ai-guard ${fmt(o.f1)}.`);
        }
      }
    }
  }
  for (const [language, label] of languages) {
    const rc = report.realCode?.[language];
    if (rc?.['ai-guard']?.mapped === undefined) continue;
    for (const [tool, r] of Object.entries(rc)) {
      if (tool === 'ai-guard' || tool === 'baseline' || r.mapped === undefined) continue;
      if (r.mapped < rc['ai-guard'].mapped)
        notes.push(
          `${label} real code: ${tool} reports fewer findings in our classes (${r.mapped}) than ai-guard (${rc['ai-guard'].mapped}).`,
        );
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

function provenanceLines(report) {
  const p = report.provenance ?? {};
  const state =
    p.dirty === null || p.dirty === undefined
      ? 'tree state unknown'
      : p.dirty
        ? `**the working tree was dirty** (${p.changedPaths.length} changed or untracked paths, listed in \`benchmarks.json\` under \`provenance.changedPaths\`), so the figures may not be reproducible from the commit alone`
        : 'the working tree was clean';
  const inputs = [
    p.pluginDistSha256
      ? `built plugin (\`dist/\`, copied once at the start of the run) sha256 \`${p.pluginDistSha256.slice(0, 12)}\``
      : undefined,
    p.semgrepPackSha256 ? `Semgrep pack sha256 \`${p.semgrepPackSha256.slice(0, 12)}\` (copied once at the start of the run)` : undefined,
  ].filter(Boolean);
  return [`Commit \`${p.commit ?? 'unknown'}\`; ${state}.${inputs.length ? ` Measured: ${inputs.join(', ')}.` : ''}`, ''];
}

function failureLines(report) {
  if (!report.failures?.length) return [];
  return [
    `**This run failed** (\`pnpm bench\` exited non-zero):`,
    '',
    ...report.failures.flatMap((f) => [`- ${f.what}`, ...f.details.map((d) => `  - \`${d}\``)]),
    '',
  ];
}

export function renderMarkdown(report, pictures = []) {
  const m = report.machine;
  return [
    '# Benchmarks',
    '',
    '<!-- Generated by packages/bench (pnpm bench). Do not edit by hand: every figure comes from benchmarks.json. -->',
    '',
    ...provenanceLines(report),
    ...failureLines(report),
    `Run on ${report.date} with \`${report.command}\` (${report.durationSeconds ?? '?'} s). Options: ${JSON.stringify(report.options)}.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; ${m.python}. The machine may be shared with other work, so absolute times are noisy; ratios from alternated runs are the figures to read.`,
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
    detectionSection(
      report,
      'tuned',
      '## 1. Detection on the tuned corpus',
      (d) =>
        `One case per file under \`packages/bench/corpus/<class>/\`, written while the rules were built: \`vuln-*\` files hold exactly one instance of the class, \`safe-*\` files none (near-misses). Corpus size: JS/TS ${d.corpus.js.vuln} vulnerable + ${d.corpus.js.safe} safe, Python ${d.corpus.python.vuln} vulnerable + ${d.corpus.python.safe} safe. A file is flagged for its class when the tool reports a rule mapped to that class (table below); precision is — when the tool flagged nothing.`,
      pictures,
    ),
    detectionSection(
      report,
      'heldout',
      '## 2. Detection on the held-out corpus',
      (d) =>
        `Cases under \`packages/bench/corpus-heldout/<class>/\`, written blind from public code by authors who never read the rules, and never used to tune them; scored exactly like the tuned corpus, reported apart. Targets: recall ≥ 0.90 and precision ≥ 0.95 per class and language. Corpus size: JS/TS ${d.corpus.js.vuln} vulnerable + ${d.corpus.js.safe} safe, Python ${d.corpus.python.vuln} vulnerable + ${d.corpus.python.safe} safe.`,
      pictures,
    ),
    report.detection ? mappingSection(report) : '',
    realCodeSection(report, pictures),
    speedSection(report, pictures),
    peersBeatUs(report),
  ].join('\n');
}
