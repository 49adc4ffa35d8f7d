import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';
import { parse } from 'yaml';

import { SEMGREP_SEVERITY, type CatalogEntry } from '../../src/catalog';
import { DOCS_BASE_URL } from '../../src/create-rule';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');

export interface ParityLayout {
  root: string;
  catalog: readonly CatalogEntry[];
  rules: Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;
}

interface SemgrepRule {
  id?: string;
  severity?: string;
  message?: string;
  metadata?: Record<string, unknown>;
}

const REQUIRED_METADATA = [
  'eslint-rule',
  'eslint-message-id',
  'cwe',
  'owasp',
  'category',
  'subcategory',
  'confidence',
  'likelihood',
  'impact',
  'technology',
  'references',
  'source',
];

/**
 * Every way the catalog, the ESLint rules, their tests and docs, and the Semgrep twins can disagree.
 * An empty list means they agree.
 */
export function findParityProblems({ root, catalog, rules }: ParityLayout): string[] {
  const problems: string[] = [];
  const pluginDir = join(root, 'packages', 'eslint-plugin-ai-guard');
  const packDir = join(root, 'semgrep-rules', 'python');
  const ids = new Set(catalog.map((entry) => entry.id));

  for (const entry of catalog) {
    const rule = rules[entry.id];
    const where = `${entry.id}:`;
    if (!rule) {
      problems.push(`${where} listed in the catalog but the plugin has no such rule`);
      continue;
    }
    const docs = rule.meta.docs as { description?: string; url?: string } | undefined;
    if (docs?.description !== entry.summary) problems.push(`${where} meta.docs.description differs from the catalog summary`);
    if (!docs?.url?.endsWith(`/docs/rules/${entry.id}.md`))
      problems.push(`${where} meta.docs.url does not point at docs/rules/${entry.id}.md`);
    for (const [label, path] of [
      ['ESLint rule source', join(pluginDir, 'src', 'rules', `${entry.id}.ts`)],
      ['ESLint tests', join(pluginDir, 'tests', 'rules', `${entry.id}.test.ts`)],
      ['docs page', join(root, 'docs', 'rules', `${entry.id}.md`)],
      ['Semgrep twin', join(packDir, `${entry.id}.yaml`)],
      ['Semgrep test file', join(packDir, `${entry.id}.py`)],
    ] as const) {
      if (!existsSync(path)) problems.push(`${where} no ${label} (${path.slice(root.length + 1)})`);
    }
    const yamlPath = join(packDir, `${entry.id}.yaml`);
    if (existsSync(yamlPath)) problems.push(...semgrepProblems(entry, rule, yamlPath));
    const testPath = join(packDir, `${entry.id}.py`);
    if (existsSync(testPath)) {
      const annotations = readFileSync(testPath, 'utf8');
      if (!annotations.includes(`ruleid: ${entry.id}`)) problems.push(`${where} Semgrep test file has no \`# ruleid: ${entry.id}\` case`);
      if (!annotations.includes(`ok: ${entry.id}`)) problems.push(`${where} Semgrep test file has no \`# ok: ${entry.id}\` case`);
    }
  }

  for (const file of existsSync(packDir) ? readdirSync(packDir) : []) {
    if (file.endsWith('.yaml') && !ids.has(basename(file, '.yaml'))) {
      problems.push(`${file}: Semgrep rule without an ESLint twin in the catalog`);
    }
  }
  for (const file of readdirSync(join(pluginDir, 'src', 'rules'))) {
    const id = basename(file, '.ts');
    if (file !== 'index.ts' && !ids.has(id)) problems.push(`${file}: ESLint rule without a catalog entry`);
  }
  return problems;
}

function semgrepProblems(entry: CatalogEntry, rule: TSESLint.RuleModule<string, readonly unknown[]>, yamlPath: string): string[] {
  const problems: string[] = [];
  const document = parse(readFileSync(yamlPath, 'utf8')) as { rules?: SemgrepRule[] } | null;
  const semgrepRules = document?.rules ?? [];
  if (semgrepRules.length === 0) return [`${entry.id}: ${basename(yamlPath)} defines no rules`];
  // semgrep-core keys rules by id: of several rules sharing one, some silently stop matching.
  if (semgrepRules.length > 1)
    problems.push(`${basename(yamlPath)}: ${semgrepRules.length} rules share the id; merge them into one (taint labels or pattern-either)`);
  for (const [index, semgrepRule] of semgrepRules.entries()) {
    const where = `${basename(yamlPath)} rule #${index + 1}:`;
    if (semgrepRule.id !== entry.id)
      problems.push(`${where} id "${semgrepRule.id ?? ''}" differs from the file name and ESLint id "${entry.id}"`);
    if (semgrepRule.severity !== SEMGREP_SEVERITY[entry.severity])
      problems.push(`${where} severity ${semgrepRule.severity ?? 'missing'}, catalog says ${entry.severity}`);
    const metadata = semgrepRule.metadata ?? {};
    for (const key of REQUIRED_METADATA) if (!(key in metadata)) problems.push(`${where} metadata.${key} missing`);
    if (metadata['eslint-rule'] !== `ai-guard/${entry.id}`) problems.push(`${where} metadata.eslint-rule is not ai-guard/${entry.id}`);
    if (metadata.category !== 'security') problems.push(`${where} metadata.category is not security`);
    // Semgrep's SARIF output takes a rule's help link from `source`.
    if (metadata.source !== `${DOCS_BASE_URL}/${entry.id}.md`)
      problems.push(`${where} metadata.source is not the docs page ${DOCS_BASE_URL}/${entry.id}.md`);
    if (JSON.stringify(metadata.cwe) !== JSON.stringify(entry.cwe)) problems.push(`${where} metadata.cwe differs from the catalog`);
    if (JSON.stringify(metadata.owasp) !== JSON.stringify(entry.owasp)) problems.push(`${where} metadata.owasp differs from the catalog`);
    const messageId = metadata['eslint-message-id'];
    const eslintMessage = typeof messageId === 'string' ? rule.meta.messages[messageId] : undefined;
    if (eslintMessage === undefined) {
      problems.push(`${where} metadata.eslint-message-id "${String(messageId)}" is not a messageId of ai-guard/${entry.id}`);
    } else if (!sameFirstClause(eslintMessage, semgrepRule.message ?? '')) {
      problems.push(
        `${where} message does not start with the same clause as ESLint's "${String(messageId)}": "${firstClause(eslintMessage)}"`,
      );
    }
  }
  return problems;
}

/** Placeholders (`{{x}}`, `$X`) and code spans stand for whatever the tool names; the words around them must agree. */
export function firstClause(message: string): string {
  return (
    message
      .replace(/\{\{[^}]*\}\}/g, '…')
      .replace(/\$[A-Z_][A-Z0-9_]*/g, '…')
      .replace(/`[^`]*`/g, '…')
      .split(/[,.;:]/)[0]
      ?.replace(/\s+/g, ' ')
      .trim()
      .toLowerCase() ?? ''
  );
}

export function sameFirstClause(eslintMessage: string, semgrepMessage: string): boolean {
  const pattern = firstClause(eslintMessage)
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  // The Semgrep clause starts like the ESLint one and may go on (it covers every form of the class).
  return new RegExp(`^${pattern}`).test(firstClause(semgrepMessage));
}
