// Runs the benchmark on one vulnerable and one safe file per class and language, ai-guard only, so the
// harness cannot rot between full `pnpm bench` runs. It checks the report's shape, not the scores.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'ai-guard-bench-'));
const classes = ['jwt-pinned-algorithm', 'no-cors-wildcard-credentials', 'no-redirect-fetch', 'safe-upload-name', 'no-stack-in-response'];

interface ClassScore {
  vuln: number;
  safe: number;
  recall: number | null;
  precision: number | null;
  crashes: number;
}
interface ToolResult {
  perClass?: Record<string, ClassScore>;
  unavailable?: string;
}
interface Report {
  command: string;
  versions: Record<string, string>;
  detection: {
    corpus: Record<'js' | 'python', { vuln: number; safe: number }>;
    js: Record<string, ToolResult>;
    python: Record<string, ToolResult>;
  };
}

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('benchmark smoke run', () => {
  it('scores a one-file-per-label slice and writes JSON and Markdown', () => {
    execFileSync(process.execPath, ['packages/bench/src/run.mjs', '--only', 'detection', '--slice', '1', '--tools', '', '--out', out], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, BENCH_COMMAND: 'smoke' },
    });
    const report = JSON.parse(readFileSync(join(out, 'benchmarks.json'), 'utf8')) as Report;
    expect(report.command).toBe('smoke');
    expect(report.versions['eslint-plugin-ai-guard']).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.detection.corpus.js).toEqual({ vuln: 5, safe: 5 });
    expect(report.detection.corpus.python).toEqual({ vuln: 5, safe: 5 });
    expect(Object.keys(report.detection.js)).toEqual(['ai-guard']);
    for (const language of ['js', 'python'] as const) {
      const ours = report.detection[language]['ai-guard'];
      expect(ours).toBeDefined();
      if (ours?.unavailable) continue;
      expect(Object.keys(ours?.perClass ?? {}).sort()).toEqual([...classes].sort());
      for (const score of Object.values(ours?.perClass ?? {})) {
        expect(score.vuln + score.safe).toBe(2);
        expect(score.crashes).toBe(0);
        if (score.recall !== null) expect(score.recall).toBeGreaterThanOrEqual(0);
      }
    }
    const markdown = readFileSync(join(out, 'benchmarks.md'), 'utf8');
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('## 1. Detection on the labelled corpus');
  }, 90_000);
});
