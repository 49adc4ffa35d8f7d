import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { catalog } from '../src/catalog';
import { rules } from '../src/rules';
import { findParityProblems, REPO_ROOT, sameFirstClause } from './support/parity';

describe('catalog parity', () => {
  it('ties every ESLint rule to its docs, tests and Semgrep twin, with the same id, CWE, OWASP and message', () => {
    expect(findParityProblems({ root: REPO_ROOT, catalog, rules })).toEqual([]);
  });

  describe('fails when the two sides drift', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ai-guard-parity-'));
    for (const part of [
      'semgrep-rules',
      'docs/rules',
      'packages/eslint-plugin-ai-guard/src',
      'packages/eslint-plugin-ai-guard/tests/rules',
    ]) {
      cpSync(join(REPO_ROOT, part), join(copy, part), { recursive: true });
    }
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    const [first] = catalog;

    it('reports a rule whose Semgrep twin is missing', () => {
      rmSync(join(copy, 'semgrep-rules', 'python', `${first.id}.yaml`));
      expect(findParityProblems({ root: copy, catalog, rules })).toContain(
        `${first.id}: no Semgrep twin (semgrep-rules/python/${first.id}.yaml)`,
      );
    });

    it('reports a Semgrep rule without an ESLint twin', () => {
      cpSync(join(REPO_ROOT, 'semgrep-rules', 'python', `${first.id}.yaml`), join(copy, 'semgrep-rules', 'python', 'orphan.yaml'));
      expect(findParityProblems({ root: copy, catalog, rules })).toContain(
        'orphan.yaml: Semgrep rule without an ESLint twin in the catalog',
      );
    });

    it('reports a CWE that differs between the catalog and the Semgrep metadata', () => {
      const drifted = catalog.map((entry) => (entry === first ? { ...entry, cwe: ['CWE-20: Improper Input Validation'] } : entry));
      cpSync(join(REPO_ROOT, 'semgrep-rules', 'python', `${first.id}.yaml`), join(copy, 'semgrep-rules', 'python', `${first.id}.yaml`));
      expect(findParityProblems({ root: copy, catalog: drifted, rules })).toContain(
        `${first.id}.yaml rule #1: metadata.cwe differs from the catalog`,
      );
    });
  });

  it('compares first clauses with placeholders and code spans set aside', () => {
    expect(
      sameFirstClause(
        '{{library}} verifies a JWT without an algorithm allowlist, so x.',
        'PyJWT `jwt.decode` verifies a JWT without an algorithm allowlist. Pin it.',
      ),
    ).toBe(true);
    expect(sameFirstClause('{{library}} verifies a JWT without an algorithm allowlist, so x.', '`jwt.decode` accepts any token.')).toBe(
      false,
    );
  });
});
