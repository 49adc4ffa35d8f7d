#!/usr/bin/env node
// Writes the Semgrep pack as the one file a release ships, `ai-guard.yml`: every rule of
// semgrep-rules/python/*.yaml, unchanged, in one `rules:` list, so `semgrep --config ai-guard.yml`
// works from any folder. `--out FILE` writes elsewhere (default dist/ai-guard.yml).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { Document, isMap, isSeq, parseDocument, visit } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const packDirectory = join(root, 'semgrep-rules', 'python');
export const defaultBundlePath = join(root, 'dist', 'ai-guard.yml');

/** The pack's version is the plugin's: one release carries both. */
export function packVersion() {
  return JSON.parse(readFileSync(join(root, 'packages', 'eslint-plugin-ai-guard', 'package.json'), 'utf8')).version;
}

/** The text of `ai-guard.yml`; throws when two rules share an id or a rule does not name its ESLint twin. */
export function bundleSemgrepPack() {
  const version = packVersion();
  const rules = [];
  const ids = new Map();
  for (const file of readdirSync(packDirectory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()) {
    const document = parseDocument(readFileSync(join(packDirectory, file), 'utf8'));
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
    // Anchors are per file; in one document two files' `&a1` would collide, so each file's get its own prefix.
    const prefix = `${file.replace(/\.ya?ml$/, '')}-`;
    visit(document, {
      Node(_, node) {
        if (node.anchor) node.anchor = prefix + node.anchor;
      },
      Alias(_, alias) {
        alias.source = prefix + alias.source;
      },
    });
    const list = document.get('rules');
    if (!isSeq(list)) throw new Error(`${file}: no \`rules:\` list`);
    for (const rule of list.items) {
      const id = isMap(rule) ? rule.get('id') : undefined;
      if (typeof id !== 'string') throw new Error(`${file}: a rule without an id`);
      if (ids.has(id)) throw new Error(`${file}: rule id ${id} is also defined in ${ids.get(id)}`);
      ids.set(id, file);
      if (typeof rule.getIn(['metadata', 'eslint-rule']) !== 'string') throw new Error(`${file}: ${id} has no metadata.eslint-rule`);
      rules.push(rule);
    }
  }
  const bundle = new Document({ rules: [] });
  bundle.get('rules').items.push(...rules);
  bundle.commentBefore = [
    ` ai-guard ${version}: the Semgrep pack for Python (${rules.length} rules), one file.`,
    ` Generated from semgrep-rules/python/ by scripts/bundle-semgrep.mjs; do not edit.`,
    ` Docs: https://github.com/ai-guard/ai-guard/blob/v${version}/README.md`,
    ` Run: semgrep scan --config ai-guard.yml --no-rewrite-rule-ids --metrics=off --disable-version-check <path>`,
    ` Each rule's ESLint twin is metadata.eslint-rule; --no-rewrite-rule-ids keeps check_id equal to the rule id`,
    ` from every working directory.`,
  ].join('\n');
  return bundle.toString({ lineWidth: 0 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: defaultBundlePath } } });
  const out = values.out;
  const text = bundleSemgrepPack();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`${relative(process.cwd(), out) || out}: ${text.match(/^ {2}- id: /gm)?.length ?? 0} rules (ai-guard ${packVersion()})`);
}
