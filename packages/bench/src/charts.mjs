// The report's pictures, drawn from the same report object as the tables: detection per class and tool (tuned
// and held-out corpus), false positives per 100k lines outside and inside tests, and rule time against the
// parse-only floor. Returns [{ file, title, svg }]; run.mjs writes them next to benchmarks.md.
import { barChart } from './svg.mjs';
import { classes } from './tools.mjs';

const languages = [
  ['js', 'JS/TS'],
  ['python', 'Python'],
];
export const corpusLabel = { tuned: 'tuned corpus', heldout: 'held-out corpus' };
const detectionTargets = { tuned: { recall: 0.95, precision: 0.95 }, heldout: { recall: 0.9, precision: 0.95 } };
const fixed = (digits) => (v) => v.toFixed(digits);
const percent = (v) => `${(v * 100).toFixed(1)}%`;

function detectionChart(report, corpus, language, label) {
  const d = report.detection?.[corpus];
  const tools = Object.keys(d?.[language] ?? {}).filter((t) => d[language][t].perClass);
  if (tools.length === 0) return undefined;
  const target = detectionTargets[corpus];
  const metric = (tool, name) => classes.map((cls) => d[language][tool].perClass[cls]?.[name] ?? null);
  const noCases = classes.map((cls) => (tools.every((t) => !d[language][t].perClass[cls]) ? 'no cases yet' : undefined));
  return {
    file: `detection-${corpus}-${language}.svg`,
    title: `Detection, ${corpusLabel[corpus]}, ${label}`,
    svg: barChart({
      title: `Detection on the ${corpusLabel[corpus]}, ${label}`,
      subtitle: `per class and tool; ${d.corpus[language].vuln} vulnerable + ${d.corpus[language].safe} safe files; — = nothing flagged`,
      categories: classes,
      categoryNotes: noCases,
      series: tools.map((tool) => ({ name: tool, values: [metric(tool, 'recall'), metric(tool, 'precision')] })),
      panels: [
        { title: 'recall', max: 1, target: { value: target.recall, label: `target ${target.recall}` }, format: fixed(2) },
        { title: 'precision', max: 1, target: { value: target.precision, label: `target ${target.precision}` }, format: fixed(2) },
      ],
    }),
  };
}

function falsePositiveChart(report) {
  const rc = report.realCode;
  if (!rc) return undefined;
  const measured = languages.filter(([language]) => rc[language]?.['ai-guard']?.groups);
  if (measured.length === 0) return undefined;
  const value = (language, group, field) => rc[language]['ai-guard'].groups[group][field];
  const triagedOnly = (language, group) => {
    const g = rc[language]['ai-guard'].groups[group];
    return g.lines ? (g.falsePositives / g.lines) * 1e5 : null;
  };
  return {
    file: 'false-positives.svg',
    title: 'ai-guard false positives per 100,000 lines of real code',
    svg: barChart({
      title: 'ai-guard false positives per 100,000 lines of real code',
      subtitle: 'untriaged findings count as false; the second bar counts triaged false positives only',
      categories: measured.map(([, label]) => label),
      series: [
        { name: 'false + untriaged', values: ['nonTest', 'test'].map((g) => measured.map(([l]) => value(l, g, 'fpPer100k'))) },
        { name: 'triaged false only', values: ['nonTest', 'test'].map((g) => measured.map(([l]) => triagedOnly(l, g))) },
      ],
      panels: [
        { title: 'outside tests', target: { value: 1, label: 'target ≤ 1' }, format: fixed(2) },
        { title: 'in tests', target: { value: 5, label: 'target ≤ 5' }, format: fixed(2) },
      ],
    }),
  };
}

function ruleTimeChart(report) {
  const js = report.speed?.js?.ruleShare;
  if (!js) return undefined;
  const rules = Object.entries(js.perRule).sort((a, b) => b[1] - a[1]);
  return {
    file: 'rule-time.svg',
    title: 'ai-guard rule time as a share of a parse-only ESLint run',
    svg: barChart({
      title: 'ai-guard rule time as a share of a parse-only ESLint run',
      subtitle: `real JS/TS code, ${report.speed.js.lines.toLocaleString('en-US')} lines; median of ${report.speed.js.reps} alternated run(s)`,
      categories: ['all ai-guard rules', ...rules.map(([id]) => id)],
      series: [{ name: 'ai-guard', values: [[js.total, ...rules.map(([, share]) => share)]] }],
      panels: [{ title: 'share of parse-only time', target: { value: 0.03, label: 'target ≤ 3%' }, format: percent }],
    }),
  };
}

function semgrepTimeChart(report) {
  const py = report.speed?.python;
  if (!py?.ratio) return undefined;
  return {
    file: 'semgrep-time.svg',
    title: 'Semgrep pack wall time against the parse-every-file floor',
    svg: barChart({
      title: 'Semgrep pack wall time against the parse-every-file floor',
      subtitle: `real Python code, tests included, ${py.lines.toLocaleString('en-US')} lines; median of ${py.reps} alternated run(s)`,
      categories: ['ai-guard pack', `floor (${py.floorPattern})`],
      series: [{ name: 'wall time / floor', values: [[py.ratio, 1]] }],
      panels: [{ title: 'multiple of the floor', target: { value: 2, label: 'target ≤ 2×' }, format: (v) => `${v.toFixed(2)}×` }],
    }),
  };
}

export function charts(report) {
  return [
    ...['tuned', 'heldout'].flatMap((corpus) => languages.map(([language, label]) => detectionChart(report, corpus, language, label))),
    falsePositiveChart(report),
    ruleTimeChart(report),
    semgrepTimeChart(report),
  ].filter(Boolean);
}
