import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

import { catalog } from '../src/catalog';
import { rules } from '../src/rules';
import { checkRuleId, findParityProblems, REPO_ROOT, sameFirstClause } from './support/parity';

describe('catalog parity', () => {
  it('ties every ESLint rule to its docs, tests and Semgrep rules (one per Python check), with the same ids, CWE, OWASP and messages', () => {
    expect(findParityProblems({ root: REPO_ROOT, catalog, rules })).toEqual([]);
  });

  describe('fails when the two sides drift', () => {
    const copies: string[] = [];
    afterAll(() => {
      for (const copy of copies) rmSync(copy, { recursive: true, force: true });
    });
    /** A fresh copy of everything the parity check reads, so that no drift test depends on another. */
    function freshCopy(): string {
      const copy = mkdtempSync(join(tmpdir(), 'ai-guard-parity-'));
      copies.push(copy);
      for (const part of [
        'semgrep-rules',
        'docs/rules',
        'packages/eslint-plugin-ai-guard/src',
        'packages/eslint-plugin-ai-guard/tests/rules',
      ]) {
        cpSync(join(REPO_ROOT, part), join(copy, part), { recursive: true });
      }
      return copy;
    }
    const [first] = catalog;
    const firstCheck = Object.keys(first.checks).find((messageId) => first.checks[messageId as keyof typeof first.checks].python) ?? '';
    const firstCheckId = checkRuleId(first.id, firstCheck);
    const yamlOf = (copy: string) => join(copy, 'semgrep-rules', 'python', `${first.id}.yaml`);
    /** Rewrites the copy's Semgrep file for the first rule. */
    function editRules(copy: string, edit: (semgrepRules: Record<string, unknown>[]) => Record<string, unknown>[]): void {
      const document = parse(readFileSync(yamlOf(copy), 'utf8')) as { rules: Record<string, unknown>[] };
      writeFileSync(yamlOf(copy), stringify({ rules: edit(document.rules) }));
    }

    it('passes on an unchanged copy', () => {
      expect(findParityProblems({ root: freshCopy(), catalog, rules })).toEqual([]);
    });

    it('reports a rule whose Semgrep twin is missing', () => {
      const copy = freshCopy();
      rmSync(yamlOf(copy));
      expect(findParityProblems({ root: copy, catalog, rules })).toContain(
        `${first.id}: no Semgrep twin (semgrep-rules/python/${first.id}.yaml)`,
      );
    });

    it('reports a Semgrep file without an ESLint twin', () => {
      const copy = freshCopy();
      cpSync(yamlOf(copy), join(copy, 'semgrep-rules', 'python', 'orphan.yaml'));
      expect(findParityProblems({ root: copy, catalog, rules })).toContain(
        'orphan.yaml: Semgrep rule without an ESLint twin in the catalog',
      );
    });

    it('reports a CWE that differs between the catalog and the Semgrep metadata', () => {
      const drifted = catalog.map((entry) => (entry === first ? { ...entry, cwe: ['CWE-20: Improper Input Validation'] } : entry));
      expect(findParityProblems({ root: freshCopy(), catalog: drifted, rules })).toContain(
        `${first.id}.yaml rule #1 (${firstCheckId}): metadata.cwe differs from the catalog`,
      );
    });

    it('reports a Python check that has no Semgrep rule, and a rule whose id names no check', () => {
      const copy = freshCopy();
      editRules(copy, (semgrepRules) =>
        semgrepRules.map((rule) => (rule.id === firstCheckId ? { ...rule, id: `${first.id}-renamed` } : rule)),
      );
      const problems = findParityProblems({ root: copy, catalog, rules });
      expect(problems).toContain(`${first.id}.yaml: no Semgrep rule for the check ${firstCheckId}`);
      expect(problems).toContain(
        `${first.id}.yaml rule #1 (${first.id}-renamed): id is not ${first.id}-<check> for a catalog check with python: true`,
      );
    });

    it('reports two rules with the same id', () => {
      const copy = freshCopy();
      editRules(copy, (semgrepRules) => [...semgrepRules, { ...semgrepRules[0] }]);
      const problems = findParityProblems({ root: copy, catalog, rules });
      expect(problems.some((problem) => problem.includes(`(${firstCheckId}): id is also used in ${first.id}.yaml`))).toBe(true);
      expect(problems).toContain(`${first.id}.yaml: 2 rules for the check ${firstCheckId}`);
    });

    it('reports a message id, a first clause or a length that does not fit the check', () => {
      const copy = freshCopy();
      editRules(copy, (semgrepRules) =>
        semgrepRules.map((rule, index) =>
          index === 0
            ? {
                ...rule,
                message: `Something else entirely. ${'$VALUE '.repeat(20)}`,
                metadata: { ...(rule.metadata as object), 'eslint-message-id': 'otherCheck' },
              }
            : rule,
        ),
      );
      const problems = findParityProblems({ root: copy, catalog, rules }).filter((problem) => problem.includes(firstCheckId));
      expect(problems).toEqual([
        `${first.id}.yaml rule #1 (${firstCheckId}): metadata.eslint-message-id is not ${firstCheck}, the check its id names`,
        expect.stringMatching(/message is \d+ characters with its metavariables filled in \(at most 300\)$/),
        expect.stringContaining(`${first.id}.yaml rule #1 (${firstCheckId}): message does not start with the same clause as ESLint's`),
      ]);
    });

    it('reports a check whose test file has no ruleid or ok case', () => {
      const copy = freshCopy();
      const testFile = join(copy, 'semgrep-rules', 'python', `${first.id}.py`);
      writeFileSync(testFile, readFileSync(testFile, 'utf8').replaceAll(`ruleid: ${firstCheckId}\n`, 'ruleid: nothing\n'));
      expect(findParityProblems({ root: copy, catalog, rules })).toContain(
        `${first.id}: Semgrep test file has no \`# ruleid: ${firstCheckId}\` case`,
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
