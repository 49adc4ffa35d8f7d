import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import parser from '@typescript-eslint/parser';
import { TSESLint } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';

import { catalog, type CatalogEntry } from '../src/catalog';
import { rules } from '../src/rules';
import { REPO_ROOT } from './support/parity';

interface Example {
  id: string;
  language: string;
  expectation: 'correct' | 'incorrect';
  strict: boolean;
  code: string;
  line: number;
}

const FENCE = /^```(js|jsx|ts|tsx|python) (correct|incorrect)( strict)?\n([\s\S]*?)^```$/gm;

function examplesOf(entry: CatalogEntry): Example[] {
  const path = join(REPO_ROOT, 'docs', 'rules', `${entry.id}.md`);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(FENCE)].map((match) => ({
    id: entry.id,
    language: match[1] ?? '',
    expectation: match[2] === 'incorrect' ? 'incorrect' : 'correct',
    strict: match[3] !== undefined,
    code: match[4] ?? '',
    line: text.slice(0, match.index).split('\n').length,
  }));
}

const examples = catalog.flatMap(examplesOf);

function eslintFindings(example: Example, entry: CatalogEntry): string[] {
  const options = example.strict && entry.strictOptions ? [{ ...entry.strictOptions }] : [];
  const linter = new TSESLint.Linter({ configType: 'flat' });
  const messages = linter.verify(
    example.code,
    [
      {
        files: ['**/*.*'],
        plugins: { 'ai-guard': { rules } },
        // Like a user's config: ESLint's default parser (espree) for JavaScript, typescript-eslint's for TypeScript.
        languageOptions: example.language.startsWith('ts') ? { parser, sourceType: 'module' } : { sourceType: 'module' },
        rules: { [`ai-guard/${example.id}`]: ['error', ...options] },
      },
    ],
    { filename: `example.${example.language}` },
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`docs example does not parse: ${fatal.message}`);
  return messages.map((message) => message.ruleId ?? '');
}

const pythonExamples = examples.filter((example) => example.language === 'python');
const pythonDir = mkdtempSync(join(tmpdir(), 'ai-guard-docs-'));
afterAll(() => rmSync(pythonDir, { recursive: true, force: true }));

/** One semgrep run over every Python example; findings keyed by example file. */
function semgrepFindings(): Map<string, string[]> {
  const findings = new Map<string, string[]>();
  if (pythonExamples.length === 0) return findings;
  pythonExamples.forEach((example, index) => writeFileSync(join(pythonDir, `example_${index}.py`), example.code));
  const output = execFileSync(
    join(REPO_ROOT, '.venv', 'bin', 'semgrep'),
    ['--metrics=off', '--disable-version-check', '--json', '--quiet', '--config', join(REPO_ROOT, 'semgrep-rules', 'python'), pythonDir],
    { encoding: 'utf8', env: { ...process.env, SEMGREP_ENABLE_VERSION_CHECK: '0' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const { results } = JSON.parse(output) as { results: { path: string; extra: { metadata: { 'eslint-rule'?: string } } }[] };
  for (const result of results) {
    const file = result.path.split('/').pop() ?? '';
    // One Semgrep rule per check: the ai-guard rule it belongs to is in its metadata.
    findings.set(file, [...(findings.get(file) ?? []), (result.extra.metadata['eslint-rule'] ?? '').replace('ai-guard/', '')]);
  }
  return findings;
}

describe('docs examples behave as labelled', () => {
  it('every rule page has incorrect and correct examples in both languages', () => {
    for (const entry of catalog) {
      const own = examples.filter((example) => example.id === entry.id);
      const kinds = new Set(own.map((example) => `${example.language === 'python' ? 'python' : 'js'} ${example.expectation}`));
      expect([...kinds].sort(), entry.id).toEqual(['js correct', 'js incorrect', 'python correct', 'python incorrect']);
    }
  });

  for (const example of examples.filter((candidate) => candidate.language !== 'python')) {
    const entry = catalog.find((candidate) => candidate.id === example.id);
    it(`docs/rules/${example.id}.md:${example.line} (${example.language} ${example.expectation})`, () => {
      if (!entry) throw new Error(`no catalog entry for ${example.id}`);
      const reported = eslintFindings(example, entry).includes(`ai-guard/${example.id}`);
      expect(reported).toBe(example.expectation === 'incorrect');
    });
  }

  const pythonFindings = pythonExamples.length > 0 ? semgrepFindings() : new Map<string, string[]>();
  pythonExamples.forEach((example, index) => {
    it(`docs/rules/${example.id}.md:${example.line} (python ${example.expectation})`, () => {
      const reported = (pythonFindings.get(`example_${index}.py`) ?? []).includes(example.id);
      expect(reported).toBe(example.expectation === 'incorrect');
    });
  });
});
