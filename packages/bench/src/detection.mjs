// Part 1: per-file scoring on a labelled corpus (the tuned corpus/ and the held-out corpus-heldout/, scored the
// same way and reported apart). A file counts as flagged for its class when the tool reports at least one
// finding that maps to that class; vuln-* files should be flagged, safe-* should not.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { classes, classesOf } from './tools.mjs';

const jsCase = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

export function listCorpus(dir, { slice } = {}) {
  const cases = [];
  for (const cls of classes) {
    const classDir = join(dir, cls);
    if (!existsSync(classDir)) continue;
    const groups = new Map();
    for (const name of readdirSync(classDir).sort()) {
      const label = name.startsWith('vuln-') ? 'vuln' : name.startsWith('safe-') ? 'safe' : undefined;
      const language = name.endsWith('.py') ? 'python' : jsCase.test(name) ? 'js' : undefined;
      if (!label || !language) continue;
      const key = `${language}:${label}`;
      const group = groups.get(key) ?? [];
      group.push({ cls, label, language, name, file: join(classDir, name) });
      groups.set(key, group);
    }
    for (const group of groups.values()) cases.push(...(slice ? group.slice(0, slice) : group));
  }
  return cases;
}

function ratio(a, b) {
  return b === 0 ? null : a / b;
}

// results: Map file -> { findings: [{ruleId}], crash?, parseError? }. Classes without a case in `cases` are
// left out: the report shows them as "no cases yet".
export function score(tool, cases, results) {
  const perClass = {};
  for (const cls of classes) {
    const rows = cases.filter((c) => c.cls === cls);
    if (rows.length === 0) continue;
    let tp = 0,
      fn = 0,
      fp = 0,
      tn = 0,
      crashes = 0;
    const missed = [];
    const falseAlarms = [];
    for (const row of rows) {
      const result = results.get(row.file);
      if (!result || result.crash || result.parseError) crashes += 1;
      const flagged = (result?.findings ?? []).some((f) => classesOf(tool, f.ruleId).includes(cls));
      if (row.label === 'vuln') {
        if (flagged) tp += 1;
        else {
          fn += 1;
          missed.push(row.name);
        }
      } else if (flagged) {
        fp += 1;
        falseAlarms.push(row.name);
      } else tn += 1;
    }
    const recall = ratio(tp, tp + fn);
    const precision = ratio(tp, tp + fp);
    const f1 =
      recall === null || precision === null || recall + precision === 0
        ? tp === 0
          ? 0
          : null
        : (2 * recall * precision) / (recall + precision);
    perClass[cls] = { vuln: tp + fn, safe: fp + tn, tp, fn, fp, tn, recall, precision, f1, crashes, missed, falseAlarms };
  }
  return perClass;
}
