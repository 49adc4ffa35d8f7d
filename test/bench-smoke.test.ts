// Runs the benchmark on a fixed slice of the tuned corpus (the first three vulnerable and three safe files per
// class and language) with ai-guard and one peer, eslint-plugin-security, so the harness cannot rot between
// full `pnpm bench` runs. The figures below are committed: a rule change that loses one of these cases, or a
// harness change that lets the peer catch what it cannot, fails here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'ai-guard-bench-'));
const { catalog } = createRequire(import.meta.url)('../packages/eslint-plugin-ai-guard/dist/catalog.js') as {
  catalog: readonly { id: string }[];
};
const catalogClasses = catalog.map((entry) => entry.id);

// The slice: the classes that had tuned cases when these figures were committed, three of each label.
const SLICE_CLASSES = [
  'jwt-pinned-algorithm',
  'no-cors-wildcard-credentials',
  'no-redirect-fetch',
  'safe-upload-name',
  'no-stack-in-response',
];
const SLICE = 3;
// ai-guard catches every vulnerable file of the slice and flags no safe one, in both languages.
const AI_GUARD_CAUGHT = { js: 15, python: 15 };
const AI_GUARD_FALSE_ALARMS = { js: 0, python: 0 };
// eslint-plugin-security's detect-non-literal-fs-filename misses a multer diskStorage filename built from
// originalname, catches the third upload case, and flags a file that only stores originalname as metadata.
const PEER_MISS = 'vuln-01-multer-diskstorage-originalname.js';
const PEER_HIT = 'vuln-03-multer-memory-writefile.ts';
const PEER_FALSE_ALARM = 'safe-02-originalname-metadata-only.ts';

interface ClassScore {
  vuln: number;
  safe: number;
  tp: number;
  fp: number;
  recall: number | null;
  precision: number | null;
  crashes: number;
  missed: string[];
  falseAlarms: string[];
}
interface ToolResult {
  perClass?: Record<string, ClassScore>;
  unavailable?: string;
}
interface Report {
  command: string;
  classes: string[];
  provenance: { commit: string; dirty: boolean | null; changedPaths: string[] };
  versions: Record<string, string>;
  failures: unknown[];
  detection: { tuned: Record<'js' | 'python', Record<string, ToolResult>> };
}

let report: Report;
let markdown: string;

beforeAll(() => {
  execFileSync(
    process.execPath,
    [
      'packages/bench/src/run.mjs',
      '--only',
      'detection',
      '--corpus',
      'tuned',
      '--slice',
      String(SLICE),
      '--tools',
      'security',
      '--out',
      out,
    ],
    { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_COMMAND: 'smoke' } },
  );
  report = JSON.parse(readFileSync(join(out, 'benchmarks.json'), 'utf8')) as Report;
  markdown = readFileSync(join(out, 'benchmarks.md'), 'utf8');
}, 60_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

function sliceTotals(language: 'js' | 'python', tool: string) {
  const perClass = report.detection.tuned[language][tool]?.perClass ?? {};
  const scores = SLICE_CLASSES.map((cls) => perClass[cls]);
  return {
    vuln: scores.reduce((n, s) => n + (s?.vuln ?? 0), 0),
    safe: scores.reduce((n, s) => n + (s?.safe ?? 0), 0),
    caught: scores.reduce((n, s) => n + (s?.tp ?? 0), 0),
    falseAlarms: scores.reduce((n, s) => n + (s?.fp ?? 0), 0),
    crashes: scores.reduce((n, s) => n + (s?.crashes ?? 0), 0),
  };
}

describe('benchmark smoke run', () => {
  it('records what it measured: the command, the commit and the tree state', () => {
    expect(report.command).toBe('smoke');
    expect(report.provenance.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(typeof report.provenance.dirty).toBe('boolean');
    expect(report.provenance.dirty).toBe(report.provenance.changedPaths.length > 0);
    expect(report.versions['eslint-plugin-ai-guard']).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.versions['eslint-plugin-security']).toBe('4.1.0');
    expect(report.failures).toEqual([]);
    expect(markdown).toContain(`Commit \`${report.provenance.commit}\``);
  });

  it('takes its classes from the catalog', () => {
    expect(report.classes).toEqual(catalogClasses);
    for (const cls of catalogClasses) {
      expect(markdown).toContain(`| ${cls} `);
      const scored = report.detection.tuned.js['ai-guard']?.perClass?.[cls];
      if (!scored) expect(markdown).toMatch(new RegExp(`\\| ${cls} +\\| all +\\| no cases yet`));
    }
  });

  it.each(['js', 'python'] as const)('ai-guard on the fixed slice (%s): the committed figures', (language) => {
    const totals = sliceTotals(language, 'ai-guard');
    expect(totals).toEqual({
      vuln: SLICE * SLICE_CLASSES.length,
      safe: SLICE * SLICE_CLASSES.length,
      caught: AI_GUARD_CAUGHT[language],
      falseAlarms: AI_GUARD_FALSE_ALARMS[language],
      crashes: 0,
    });
  });

  it('eslint-plugin-security: a known miss stays a miss, a known hit and a known false alarm stay', () => {
    const upload = report.detection.tuned.js.security?.perClass?.['safe-upload-name'];
    expect(upload?.missed).toContain(PEER_MISS);
    expect(upload?.missed).not.toContain(PEER_HIT);
    expect(upload?.falseAlarms).toEqual([PEER_FALSE_ALARM]);
    expect(sliceTotals('js', 'security')).toMatchObject({ caught: 1, falseAlarms: 1 });
    // The peer has no rule mapped to JWT: nothing there may count for it.
    expect(report.detection.tuned.js.security?.perClass?.['jwt-pinned-algorithm']?.tp).toBe(0);
  });

  it('writes the report and its charts', () => {
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('## 1. Detection on the tuned corpus');
    expect(markdown).toContain('### Peer rules mapped to our classes');
    for (const language of ['js', 'python']) {
      const chart = join(out, 'benchmarks', `detection-tuned-${language}.svg`);
      expect(existsSync(chart)).toBe(true);
      expect(markdown).toContain(`(benchmarks/detection-tuned-${language}.svg)`);
    }
  });
});
