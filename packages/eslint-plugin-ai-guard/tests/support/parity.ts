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
  const seenIds = new Map<string, string>();

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
    if (existsSync(yamlPath)) problems.push(...semgrepProblems(entry, rule, yamlPath, seenIds));
    const testPath = join(packDir, `${entry.id}.py`);
    if (existsSync(testPath)) {
      const annotations = readFileSync(testPath, 'utf8');
      for (const checkId of pythonCheckIds(entry)) {
        if (!annotations.includes(`ruleid: ${checkId}\n`)) problems.push(`${where} Semgrep test file has no \`# ruleid: ${checkId}\` case`);
        if (!annotations.includes(`ok: ${checkId}\n`)) problems.push(`${where} Semgrep test file has no \`# ok: ${checkId}\` case`);
      }
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

/** `<rule-id>-<kebab-case messageId>`: the Semgrep id of one check. */
export function checkRuleId(ruleId: string, messageId: string): string {
  return `${ruleId}-${messageId.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

function pythonCheckIds(entry: CatalogEntry): string[] {
  return Object.entries(entry.checks)
    .filter(([, check]) => check.python)
    .map(([messageId]) => checkRuleId(entry.id, messageId));
}

/** Metavariables stand for code of about this length when a message is printed. */
const PLAUSIBLE_VALUE = 'request.args["url"]';
export const MAX_MESSAGE_LENGTH = 300;

function semgrepProblems(
  entry: CatalogEntry,
  rule: TSESLint.RuleModule<string, readonly unknown[]>,
  yamlPath: string,
  seenIds: Map<string, string>,
): string[] {
  const problems: string[] = [];
  const file = basename(yamlPath);
  const document = parse(readFileSync(yamlPath, 'utf8')) as { rules?: SemgrepRule[] } | null;
  const semgrepRules = document?.rules ?? [];
  if (semgrepRules.length === 0) return [`${entry.id}: ${file} defines no rules`];
  const checks = new Map(
    Object.entries(entry.checks)
      .filter(([, check]) => check.python)
      .map(([messageId, check]) => [checkRuleId(entry.id, messageId), { messageId, check }]),
  );
  const covered = new Map<string, number>();
  for (const [index, semgrepRule] of semgrepRules.entries()) {
    const id = semgrepRule.id ?? '';
    const where = `${file} rule #${index + 1} (${id}):`;
    // semgrep-core keys rules by id: of two rules sharing one, one silently stops matching.
    const other = seenIds.get(id);
    if (other !== undefined) problems.push(`${where} id is also used in ${other}`);
    seenIds.set(id, file);
    const expected = checks.get(id);
    if (!expected) {
      problems.push(`${where} id is not ${entry.id}-<check> for a catalog check with python: true`);
      continue;
    }
    covered.set(id, (covered.get(id) ?? 0) + 1);
    if (semgrepRule.severity !== SEMGREP_SEVERITY[entry.severity])
      problems.push(`${where} severity ${semgrepRule.severity ?? 'missing'}, catalog says ${entry.severity}`);
    const metadata = semgrepRule.metadata ?? {};
    for (const key of REQUIRED_METADATA) if (!(key in metadata)) problems.push(`${where} metadata.${key} missing`);
    if (metadata['eslint-rule'] !== `ai-guard/${entry.id}`) problems.push(`${where} metadata.eslint-rule is not ai-guard/${entry.id}`);
    if (metadata['eslint-message-id'] !== expected.messageId)
      problems.push(`${where} metadata.eslint-message-id is not ${expected.messageId}, the check its id names`);
    if (metadata.category !== 'security') problems.push(`${where} metadata.category is not security`);
    // Semgrep's SARIF output takes a rule's help link from `source`.
    if (metadata.source !== `${DOCS_BASE_URL}/${entry.id}.md`)
      problems.push(`${where} metadata.source is not the docs page ${DOCS_BASE_URL}/${entry.id}.md`);
    if (JSON.stringify(metadata.cwe) !== JSON.stringify(expected.check.cwe ?? entry.cwe))
      problems.push(`${where} metadata.cwe differs from the catalog`);
    if (JSON.stringify(metadata.owasp) !== JSON.stringify(entry.owasp)) problems.push(`${where} metadata.owasp differs from the catalog`);
    const message = semgrepRule.message ?? '';
    const printed = message.replace(/\$[A-Z_][A-Z0-9_]*/g, PLAUSIBLE_VALUE);
    if (printed.length > MAX_MESSAGE_LENGTH)
      problems.push(`${where} message is ${printed.length} characters with its metavariables filled in (at most ${MAX_MESSAGE_LENGTH})`);
    const eslintMessage = rule.meta.messages[expected.messageId];
    if (eslintMessage === undefined) {
      problems.push(`${where} "${expected.messageId}" is not a messageId of ai-guard/${entry.id}`);
    } else if (!sameFirstClause(eslintMessage, message)) {
      problems.push(
        `${where} message does not start with the same clause as ESLint's "${expected.messageId}": "${firstClause(eslintMessage)}"`,
      );
    }
  }
  for (const id of checks.keys()) {
    if (!covered.has(id)) problems.push(`${file}: no Semgrep rule for the check ${id}`);
    else if ((covered.get(id) ?? 0) > 1) problems.push(`${file}: ${covered.get(id)} rules for the check ${id}`);
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
