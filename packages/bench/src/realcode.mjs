// Part 2: findings on real code, split into test and non-test files, with the verdicts of triage.json.
// A finding is one rule on one line of one file; its key is `<package>@<version>/<file>:<line>:<rule>`, where
// the rule is the ESLint-style id `ai-guard/<rule-id>` in both languages (Semgrep findings carry it in
// `metadata.eslint-rule`), so a verdict survives a change of Semgrep ids.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { benchDir } from './paths.mjs';
import { classesOf } from './tools.mjs';

export const groups = ['nonTest', 'test'];
export const groupLabel = { nonTest: 'outside tests', test: 'in tests' };

export function loadTriage() {
  const file = join(benchDir, 'triage.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { findings: {} };
}

function per100k(count, lines) {
  return lines === 0 ? null : (count / lines) * 1e5;
}

export function groupSizes(corpora) {
  const sizes = { nonTest: { files: 0, lines: 0 }, test: { files: 0, lines: 0 } };
  for (const corpus of corpora) {
    for (const entry of corpus.entries) {
      const size = sizes[entry.test ? 'test' : 'nonTest'];
      size.files += 1;
      size.lines += entry.lines;
    }
  }
  return sizes;
}

/** One tool's findings on one language's corpora. `results`: [{ file, findings: [{ ruleId, line, message, file? }] }]. */
export function summariseRealCode(tool, corpora, results, triage) {
  const where = new Map();
  for (const corpus of corpora) for (const entry of corpus.entries) where.set(entry.file, { corpus, entry });
  const sizes = groupSizes(corpora);
  const mapped = new Map();
  const other = { nonTest: 0, test: 0 };
  for (const result of results) {
    for (const finding of result.findings) {
      const file = finding.file ?? result.file;
      const place = where.get(file);
      if (!place) throw new Error(`finding outside the corpora: ${file}`);
      const group = place.entry.test ? 'test' : 'nonTest';
      const cls = classesOf(tool, finding.ruleId);
      if (cls.length === 0) {
        other[group] += 1;
        continue;
      }
      const path = relative(join(benchDir, place.corpus.root), file);
      const key = `${place.corpus.name}@${place.corpus.version}/${path}:${finding.line}:${finding.ruleId}`;
      const seen = mapped.get(key);
      const check = finding.messageId ?? finding.checkId;
      if (seen) {
        if (check && !seen.checks.includes(check)) seen.checks.push(check);
        continue;
      }
      mapped.set(key, {
        key,
        corpus: `${place.corpus.name}@${place.corpus.version}`,
        path,
        line: finding.line,
        ruleId: finding.ruleId,
        classes: cls,
        group,
        checks: check ? [check] : [],
        message: finding.message,
      });
    }
  }
  const findings = [...mapped.values()];
  const out = { groups: {}, lines: sizes.nonTest.lines + sizes.test.lines };
  for (const group of groups) {
    const inGroup = findings.filter((f) => f.group === group);
    out.groups[group] = {
      ...sizes[group],
      mapped: inGroup.length,
      per100k: per100k(inGroup.length, sizes[group].lines),
      other: other[group],
    };
  }
  out.mapped = findings.length;
  out.per100k = per100k(findings.length, out.lines);
  out.other = other.nonTest + other.test;
  if (tool === 'ai-guard') {
    out.findings = findings;
    applyTriage(out, triage);
  }
  return out;
}

/** Sets each finding's verdict from triage.json and recounts; untriaged findings count as false positives. */
export function applyTriage(summary, triage) {
  if (!summary.groups) throw new Error('this report predates the test/non-test split: run the real-code part again');
  summary.findings = summary.findings.map((f) => ({
    ...f,
    verdict: 'untriaged',
    reason: undefined,
    ...triage.findings[f.key],
  }));
  const count = (list, verdict) => list.filter((f) => f.verdict === verdict).length;
  for (const group of groups) {
    const g = summary.groups[group];
    const inGroup = summary.findings.filter((f) => f.group === group);
    g.truePositives = count(inGroup, 'TP');
    g.falsePositives = count(inGroup, 'FP');
    g.untriaged = count(inGroup, 'untriaged');
    g.fpPer100k = per100k(g.falsePositives + g.untriaged, g.lines);
  }
  summary.truePositives = count(summary.findings, 'TP');
  summary.falsePositives = count(summary.findings, 'FP');
  summary.untriaged = count(summary.findings, 'untriaged');
  summary.fpPer100k = per100k(summary.falsePositives + summary.untriaged, summary.lines);
  return summary;
}
