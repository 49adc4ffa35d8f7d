import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { inject } from 'vitest';

import { fixtureFiles, ruleFixturesDirectory } from './fixtures';
import { semgrepBinary } from './paths';
import { run, type RunResult } from './run';

export const SEMGREP_ENV = { SEMGREP_ENABLE_VERSION_CHECK: '0', SEMGREP_SEND_METRICS: 'off' };

export interface SemgrepFinding {
  check_id: string;
  path: string;
  start: { line: number; col: number };
  end: { line: number; col: number };
  extra: { message: string; severity: string; metadata: Record<string, unknown> };
}

export interface SemgrepJson {
  results: SemgrepFinding[];
  errors: unknown[];
}

/** The pack's rule ids are prefixed with the config directory's dotted path; the id is the last segment. */
export function ruleIdOf(checkId: string): string {
  return checkId.slice(checkId.lastIndexOf('.') + 1);
}

/**
 * Copies the Python fixtures matching `files` into a fresh directory outside the repo (so neither the
 * repo's .gitignore nor Semgrep's default ignore of `test/` decides what is scanned), as `<id>/<file>`.
 */
export async function pythonWorkspace(name: string, files: RegExp): Promise<{ directory: string; files: string[] }> {
  const directory = await mkdtemp(join(inject('workRoot'), `semgrep-${name}-`));
  const selected = fixtureFiles(files);
  for (const file of selected) {
    await mkdir(dirname(join(directory, file)), { recursive: true });
    await cp(join(ruleFixturesDirectory, file), join(directory, file));
  }
  return { directory, files: selected };
}

/** `semgrep scan` with the project's Semgrep, offline: metrics and version checks off, only the local pack as config. */
export function semgrepScan(cwd: string, args: readonly string[]): Promise<RunResult> {
  return run(semgrepBinary, ['scan', '--metrics=off', '--disable-version-check', ...args], { cwd, env: SEMGREP_ENV });
}
