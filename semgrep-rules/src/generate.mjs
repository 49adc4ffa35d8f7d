#!/usr/bin/env node
// Writes semgrep-rules/python/<rule-id>.yaml from the rule sources in semgrep-rules/src/rules/: one Semgrep
// rule per catalog check marked `python`, with the id `<rule-id>-<kebab-case messageId>`, and the metadata
// (CWE, OWASP, severity, docs link) taken from the catalog. `--check` writes nothing and fails when a file
// is stale, missing or not generated. `--out DIR` writes elsewhere; `--pending` also writes the rules whose
// catalog entry does not exist yet (for trying them out; never into the pack).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';

import * as prettier from 'prettier';
import ts from 'typescript';
import { Document } from 'yaml';

const sourceDir = dirname(fileURLToPath(import.meta.url));
const root = join(sourceDir, '..', '..');
const rulesDir = join(sourceDir, 'rules');
const MAX_MESSAGE = 300;
const SEVERITY = { error: 'ERROR', warn: 'WARNING' };

export function kebab(messageId) {
  return messageId.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The catalog, read from its TypeScript source so that the generator needs no build. */
export function loadCatalog() {
  const path = join(root, 'packages', 'eslint-plugin-ai-guard', 'src', 'catalog.ts');
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const module = { exports: {} };
  runInNewContext(outputText, { module, exports: module.exports });
  return module.exports.catalog;
}

export async function loadSources() {
  const files = readdirSync(rulesDir).filter((file) => file.endsWith('.mjs'));
  const sources = [];
  for (const file of files.sort()) sources.push((await import(pathToFileURL(join(rulesDir, file)).href)).default);
  return sources;
}

/** The docs base URL exactly as the plugin's create-rule.ts builds it (a release tag from the package version, or a branch). */
export function docsBaseUrl() {
  const pluginDir = join(root, 'packages', 'eslint-plugin-ai-guard');
  const text = readFileSync(join(pluginDir, 'src', 'create-rule.ts'), 'utf8');
  const url = /DOCS_BASE_URL\s*=\s*[`'"]([^`'"]+)[`'"]/.exec(text)?.[1];
  if (!url) throw new Error('create-rule.ts: no DOCS_BASE_URL');
  const { version } = JSON.parse(readFileSync(join(pluginDir, 'package.json'), 'utf8'));
  return url.replace('${packageJson.version}', version);
}

function metadataFor(source, entry, messageId, check) {
  const checkEntry = entry.checks?.[messageId] ?? {};
  return {
    'eslint-rule': `ai-guard/${source.id}`,
    'eslint-message-id': messageId,
    source: `${docsBaseUrl()}/${source.id}.md`,
    cwe: [...(checkEntry.cwe ?? entry.cwe)],
    owasp: [...entry.owasp],
    category: 'security',
    subcategory: ['vuln'],
    confidence: check.confidence ?? source.confidence,
    likelihood: check.likelihood ?? source.likelihood,
    impact: check.impact ?? source.impact,
    technology: [...(check.technology ?? source.technology)],
    references: [...(check.references ?? source.references)],
  };
}

const TAINT_SPECS = new Set(['pattern-sources', 'pattern-sinks', 'pattern-sanitizers', 'pattern-propagators']);
const CHECK_KEYS = new Set(['summary', 'message', 'confidence', 'likelihood', 'impact', 'technology', 'references']);

/** The Semgrep rules of one source, in the order its checks are declared. */
export function semgrepRules(source, entry, problems) {
  const pythonChecks = Object.entries(entry.checks ?? {}).filter(([, check]) => check.python);
  for (const [messageId] of pythonChecks) {
    if (!source.checks[messageId]) problems.push(`${source.id}: catalog check ${messageId} has python: true but no rule source`);
  }
  return Object.entries(source.checks).map(([messageId, check]) => {
    if (!entry.checks?.[messageId]?.python) problems.push(`${source.id}: ${messageId} is not a python check in the catalog`);
    const message = check.message.replace(/\s+/g, ' ').trim();
    if (message.length > MAX_MESSAGE)
      problems.push(`${source.id}/${messageId}: message is ${message.length} characters (max ${MAX_MESSAGE})`);
    const body = Object.fromEntries(
      Object.entries(check)
        .filter(([key]) => !CHECK_KEYS.has(key))
        .map(([key, value]) => [
          key,
          TAINT_SPECS.has(key) ? value.map((spec) => (typeof spec === 'string' ? { pattern: spec } : spec)) : value,
        ]),
    );
    return {
      summary: check.summary,
      rule: {
        id: `${source.id}-${kebab(messageId)}`,
        message,
        severity: SEVERITY[entry.severity],
        languages: ['python'],
        metadata: metadataFor(source, entry, messageId, check),
        ...body,
      },
    };
  });
}

/**
 * Semgrep 1.180 fails on some files (\`Invalid_argument: String.sub\`, reported as a syntax error, file skipped) when
 * a metavariable-regex or -comparison runs inside a metavariable-pattern; the generator refuses that shape.
 */
function nestedConditions(node, inside = false, path = []) {
  if (Array.isArray(node)) return node.flatMap((child, index) => nestedConditions(child, inside, [...path, index]));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (inside && (key === 'metavariable-regex' || key === 'metavariable-comparison')) return [[...path, key].join('.')];
    return nestedConditions(value, inside || key === 'metavariable-pattern', [...path, key]);
  });
}

/** A whole-file anchor: a `pattern-regex` over the file from `\\A`, or an either/all made of anchors only. */
function isAnchor(clause) {
  if (typeof clause['pattern-regex'] === 'string') return /^\(\?[a-z]*\)\\A/.test(clause['pattern-regex']);
  const parts = clause['pattern-either'] ?? clause.patterns;
  return Array.isArray(parts) && parts.length > 0 && parts.every(isAnchor);
}

/**
 * Every `patterns` list with its file anchors first: Semgrep's prefilter tests a rule's conjuncts in order and stops at
 * the first that fails, and an anchor is one regex scan where an either of library shapes is hundreds of literal searches.
 */
function anchorsFirst(node) {
  if (Array.isArray(node)) return node.map(anchorsFirst);
  if (node === null || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, anchorsFirst(value)]));
  if (Array.isArray(out.patterns)) out.patterns = [...out.patterns.filter(isAnchor), ...out.patterns.filter((c) => !isAnchor(c))];
  return out;
}

/**
 * A search rule with its anchors tested first. The prefilter moves the conjuncts that hold no regex ahead of those that
 * do, so an anchor written first still comes after an either of library shapes (0.9 s on a 300 KB file for one JWT
 * check, 0.02 s with the anchor tested first). Nesting the rest under a copy of the anchors, `[anchors, {patterns:
 * [anchors, rest]}]`, puts a regex on both sides and keeps the order. Matching is unchanged: an anchor's range is the
 * whole file. Taint specs are left flat: there a nested `patterns` made Semgrep's sink matching several times slower.
 */
export function prefilterOrder(rule) {
  const out = anchorsFirst(rule);
  if (!Array.isArray(out.patterns)) return out;
  const anchors = out.patterns.filter(isAnchor);
  const rest = out.patterns.filter((clause) => !isAnchor(clause));
  if (anchors.length > 0 && rest.length > 0) out.patterns = [...anchors, { patterns: [...structuredClone(anchors), ...rest] }];
  return out;
}

const FORMULA_KEYS = ['pattern', 'patterns', 'pattern-either', 'pattern-regex'];

/**
 * Taint sources, sanitizers and sinks that share their options (label, requires...) as one `pattern-either` each: Semgrep
 * matches every spec entry in a walk of its own, and one either of the same patterns is matched in one (SQL: 3.2 s ->
 * 2.7 s on the files that pass its anchor). A union of ranges either way, so the findings are the same.
 */
export function mergeTaintSpecs(rule) {
  const out = { ...rule };
  for (const key of ['pattern-sources', 'pattern-sanitizers', 'pattern-sinks']) {
    if (!Array.isArray(rule[key])) continue;
    const groups = new Map();
    for (const spec of rule[key]) {
      const options = Object.fromEntries(Object.entries(spec).filter(([name]) => !FORMULA_KEYS.includes(name)));
      const formula = Object.fromEntries(Object.entries(spec).filter(([name]) => FORMULA_KEYS.includes(name)));
      const group = JSON.stringify(options);
      if (!groups.has(group)) groups.set(group, { options, formulas: [] });
      groups.get(group).formulas.push(formula);
    }
    out[key] = [...groups.values()].map(({ options, formulas }) =>
      formulas.length === 1 ? { ...options, ...formulas[0] } : { ...options, 'pattern-either': formulas },
    );
  }
  return out;
}

export async function render(source, entry, problems) {
  const rules = semgrepRules(source, entry, problems).map(({ summary, rule }) => ({
    summary,
    rule: prefilterOrder(mergeTaintSpecs(rule)),
  }));
  for (const { rule } of rules) {
    for (const where of nestedConditions(rule))
      problems.push(`${rule.id}: a metavariable condition inside a metavariable-pattern (${where})`);
  }
  // No anchors or aliases for repeated objects: `semgrep --validate` does not resolve them.
  const document = new Document({ rules: rules.map(({ rule }) => rule) }, { aliasDuplicateObjects: false });
  rules.forEach(({ summary }, index) => {
    if (summary) document.get('rules').items[index].commentBefore = ` ${summary}`;
  });
  const header = [
    `GENERATED by semgrep-rules/src/generate.mjs from semgrep-rules/src/rules/${source.id}.mjs; edit that and run \`pnpm semgrep:generate\`.`,
    ...(source.comment ?? '').trim().split('\n'),
  ];
  document.commentBefore = header.map((line) => (line ? ` ${line}` : '')).join('\n');
  const text = document.toString({ lineWidth: 0, blockQuote: 'literal' });
  const path = join(root, 'semgrep-rules', 'python', `${source.id}.yaml`);
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const pending = args.includes('--pending');
  const outIndex = args.indexOf('--out');
  const outDir = outIndex === -1 ? join(root, 'semgrep-rules', 'python') : args[outIndex + 1];
  const catalog = loadCatalog();
  const problems = [];
  const written = new Set();
  for (const source of await loadSources()) {
    const entry = catalog.find((candidate) => candidate.id === source.id) ?? (pending ? source.pending : undefined);
    if (!entry) {
      if (!source.pending) problems.push(`${source.id}: no catalog entry (mark the source \`pending\` until it has one)`);
      continue;
    }
    const text = await render(source, entry, problems);
    const path = join(outDir, `${source.id}.yaml`);
    written.add(`${source.id}.yaml`);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) problems.push(`${source.id}.yaml is out of date`);
    } else {
      mkdirSync(outDir, { recursive: true });
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
    }
  }
  for (const entry of catalog) {
    if (Object.values(entry.checks ?? {}).some((c) => c.python) && !written.has(`${entry.id}.yaml`))
      problems.push(`${entry.id}: the catalog has Python checks but semgrep-rules/src/rules/${entry.id}.mjs does not exist`);
  }
  if (existsSync(outDir)) {
    for (const file of readdirSync(outDir).filter((name) => /\.ya?ml$/.test(name))) {
      if (!written.has(file)) problems.push(`${file} is not generated from a rule source`);
    }
  }
  if (problems.length > 0) {
    console.error(`Semgrep pack ${check ? 'is out of date' : 'has problems'} (run \`pnpm semgrep:generate\`):\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
