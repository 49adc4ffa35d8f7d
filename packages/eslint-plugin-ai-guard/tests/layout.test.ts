import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { REPO_ROOT } from './support/parity';

const PACKAGE = join('packages', 'eslint-plugin-ai-guard');

/** Every file the house layout asks for under `root` and does not find, each named with the source file that needs it. */
function missingFiles(root: string): string[] {
  const sources = (folder: string) =>
    readdirSync(join(root, PACKAGE, 'src', folder))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => file.slice(0, -'.ts'.length));
  const wanted: [source: string, file: string][] = [
    ...sources('analysis').map((name): [string, string] => [
      `src/analysis/${name}.ts`,
      join(PACKAGE, 'tests', 'analysis', `${name}.test.ts`),
    ]),
    ...sources('rules')
      .filter((id) => id !== 'index')
      .flatMap((id): [string, string][] => [
        [`src/rules/${id}.ts`, join(PACKAGE, 'tests', 'rules', `${id}.test.ts`)],
        [`src/rules/${id}.ts`, join('docs', 'rules', `${id}.md`)],
      ]),
  ];
  return wanted.filter(([, file]) => !existsSync(join(root, file))).map(([source, file]) => `${source} has no ${file}`);
}

describe('layout', () => {
  it('gives every analysis module a test file of its own, and every rule its tests and docs page', () => {
    expect(missingFiles(REPO_ROOT), 'create each missing file (see CONTRIBUTING.md)').toEqual([]);
  });

  describe('names each missing file', () => {
    const copies: string[] = [];
    afterAll(() => {
      for (const copy of copies) rmSync(copy, { recursive: true, force: true });
    });
    const touch = (root: string, path: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), '');
    };

    it('an analysis module without tests, a rule without tests or docs', () => {
      const root = mkdtempSync(join(tmpdir(), 'ai-guard-layout-'));
      copies.push(root);
      for (const path of [
        'src/analysis/tested.ts',
        'src/analysis/untested.ts',
        'tests/analysis/tested.test.ts',
        'src/rules/index.ts',
        'src/rules/complete-rule.ts',
        'tests/rules/complete-rule.test.ts',
        'src/rules/bare-rule.ts',
      ]) {
        touch(root, join(PACKAGE, path));
      }
      touch(root, 'docs/rules/complete-rule.md');
      expect(missingFiles(root)).toEqual([
        'src/analysis/untested.ts has no packages/eslint-plugin-ai-guard/tests/analysis/untested.test.ts',
        'src/rules/bare-rule.ts has no packages/eslint-plugin-ai-guard/tests/rules/bare-rule.test.ts',
        'src/rules/bare-rule.ts has no docs/rules/bare-rule.md',
      ]);
    });
  });
});
