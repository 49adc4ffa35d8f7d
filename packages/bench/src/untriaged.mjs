// `pnpm bench -- --list-untriaged [--rule <id>] [--context N]`: every ai-guard finding of the last report
// (docs/benchmarks.json, or --out) that triage.json has no verdict for, with the lines around it read from
// the download cache, then a triage.json skeleton to fill in. Nothing is re-measured.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDir } from './paths.mjs';
import { groupLabel, loadTriage } from './realcode.mjs';

function excerpt(file, line, context) {
  if (!existsSync(file)) return [`    (not in the download cache: ${file}; run pnpm bench -- --only realcode first)`];
  const lines = readFileSync(file, 'utf8').split('\n');
  const from = Math.max(1, line - context);
  const to = Math.min(lines.length, line + context);
  const width = String(to).length;
  const out = [];
  for (let n = from; n <= to; n += 1) out.push(`  ${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1]}`);
  return out;
}

const keyParts = /^(.*):(\d+):([^:]+)$/;

// Verdicts of the same rule in the same file a few lines away: a rule change often moves the reported node.
function nearbyVerdicts(triage, key, distance = 5) {
  const [, where, line, rule] = keyParts.exec(key) ?? [];
  return Object.entries(triage.findings).filter(([other]) => {
    const [, w, l, r] = keyParts.exec(other) ?? [];
    return w === where && r === rule && Math.abs(Number(l) - Number(line)) <= distance;
  });
}

export function listUntriaged(report, { rule, context = 3 } = {}) {
  const triage = loadTriage();
  const out = [];
  const skeleton = {};
  for (const language of ['js', 'python']) {
    const ours = report.realCode?.[language]?.['ai-guard'];
    const roots = new Map((report.corpora?.[language] ?? []).map((c) => [`${c.name}@${c.version}`, c.root]));
    for (const f of ours?.findings ?? []) {
      if (triage.findings[f.key]) continue;
      if (rule && f.ruleId !== rule && f.ruleId !== `ai-guard/${rule}`) continue;
      const root = roots.get(f.corpus);
      out.push(`${f.key}  [${groupLabel[f.group]}${f.checks?.length ? `; ${f.checks.join(', ')}` : ''}]`, `  ${f.message}`);
      out.push(...(root ? excerpt(join(benchDir, root, f.path), f.line, context) : ['    (corpus root unknown)']));
      for (const [other, verdict] of nearbyVerdicts(triage, f.key))
        out.push(`  nearby verdict ${other}: ${verdict.verdict} (${verdict.reason})`);
      out.push('');
      skeleton[f.key] = { verdict: 'TP | FP', reason: '' };
    }
  }
  const count = Object.keys(skeleton).length;
  out.push(`${count} untriaged finding${count === 1 ? '' : 's'}${rule ? ` of ${rule}` : ''}.`);
  if (count > 0) {
    out.push('', 'Skeleton for packages/bench/triage.json ("findings"), then `pnpm bench -- --retriage`:', '');
    out.push(JSON.stringify(skeleton, null, 2));
  }
  return out.join('\n');
}
