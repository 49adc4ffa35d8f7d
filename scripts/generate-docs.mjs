#!/usr/bin/env node
// Writes the generated parts of the docs from the catalog and the built rules: each rule page's
// header, check list and options table, and the README rule table. `--check` fails when any of them is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as prettier from 'prettier';

import { kebab } from '../semgrep-rules/src/generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = join(root, 'packages', 'eslint-plugin-ai-guard', 'dist');
const plugin = require(join(dist, 'index.js'));
const { catalog } = require(join(dist, 'catalog.js'));
const { LIBRARY_DOCS } = require(join(dist, 'libraries', 'index.js'));
const { RECOMMENDED_IN_TEST_FILES } = require(join(dist, 'configs.js'));

const check = process.argv.includes('--check');
const stale = [];

function cweLink(title) {
  const number = /^CWE-(\d+)/.exec(title)?.[1];
  return number ? `[${title}](https://cwe.mitre.org/data/definitions/${number}.html)` : title;
}

function configCell(entry) {
  const strict = entry.strictOptions ? `\`strict\` (error, \`${JSON.stringify(entry.strictOptions)}\`)` : '`strict` (error)';
  const tests = RECOMMENDED_IN_TEST_FILES[entry.id] ? '' : ', off in [test files](../../README.md#test-files)';
  return `\`recommended\` (${entry.severity}${tests}), ${strict}`;
}

function ruleHeader(entry) {
  const rule = plugin.rules[entry.id];
  return [
    `# \`ai-guard/${entry.id}\``,
    '',
    `${entry.summary}.`,
    '',
    '| | |',
    '| --- | --- |',
    `| Weakness | ${entry.cwe.map(cweLink).join('<br>')} |`,
    `| OWASP Top 10 (2021) | ${entry.owasp.join('<br>')} |`,
    `| Configs | ${configCell(entry)} |`,
    `| Suggestions | ${rule.meta.hasSuggestions ? 'yes, offered in the editor; never applied by `--fix`' : 'no'} |`,
    `| Python twin | [\`semgrep-rules/python/${entry.id}.yaml\`](../../semgrep-rules/python/${entry.id}.yaml) |`,
  ].join('\n');
}

function optionsTable(entry) {
  const rule = plugin.rules[entry.id];
  const properties = rule.meta.schema?.[0]?.properties ?? {};
  const defaults = rule.meta.defaultOptions?.[0] ?? {};
  const names = Object.keys(properties);
  if (names.length === 0) return 'This rule has no options.';
  return [
    '| Option | Type | Default | Description |',
    '| --- | --- | --- | --- |',
    ...names.map((name) => {
      const property = properties[name];
      const type = Array.isArray(property.type) ? property.type.join(' \\| ') : (property.type ?? (property.enum ? 'enum' : ''));
      return `| \`${name}\` | ${type} | \`${JSON.stringify(defaults[name])}\` | ${property.description ?? ''} |`;
    }),
  ].join('\n');
}

/** A rule's library table from `src/libraries/` (what it recognises, library by library). */
function libraryList(entry) {
  const table = LIBRARY_DOCS[entry.id];
  const cell = (text) => text.replace(/\|/g, '\\|');
  return [
    `| ${table.columns.map(cell).join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Every check (ESLint messageId) of a rule, and the Semgrep rule that mirrors it in Python, from the catalog's `checks`. */
function checkList(entry) {
  return [
    '| Check (ESLint `messageId`) | JavaScript / TypeScript | Python (Semgrep rule `id`) |',
    '| --- | --- | --- |',
    ...Object.entries(entry.checks).map(
      ([messageId, { python }]) =>
        `| \`${messageId}\` | yes | ${python ? `\`${entry.id}-${kebab(messageId)}\`` : 'no (JavaScript / TypeScript only)'} |`,
    ),
  ].join('\n');
}

function readmeTable() {
  return [
    '| Rule | What it reports | Weakness | OWASP 2021 | In `recommended` |',
    '| --- | --- | --- | --- | --- |',
    ...catalog.map(
      (entry) =>
        `| [\`ai-guard/${entry.id}\`](docs/rules/${entry.id}.md) | ${entry.summary} | ${entry.cwe.map((title) => title.split(':')[0]).join(', ')} | ${entry.owasp.map((title) => title.split(' - ')[0]).join(', ')} | ${entry.severity}${RECOMMENDED_IN_TEST_FILES[entry.id] ? '' : ', not in [tests](#test-files)'} |`,
    ),
  ].join('\n');
}

function replaceBetween(text, marker, content, file, required = true) {
  const begin = `<!-- begin auto-generated ${marker} -->`;
  const end = `<!-- end auto-generated ${marker} -->`;
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start === -1 || stop === -1) {
    if (required) stale.push(`${file}: missing the "${marker}" markers`);
    return text;
  }
  return `${text.slice(0, start + begin.length)}\n${content}\n${text.slice(stop)}`;
}

// Generated sections are written the way Prettier prints them, so `prettier --check` and `--check` here agree.
async function update(file, transform) {
  const path = join(root, file);
  if (!existsSync(path)) return;
  const before = readFileSync(path, 'utf8');
  const options = (await prettier.resolveConfig(path)) ?? {};
  const after = await prettier.format(transform(before, file), { ...options, filepath: path });
  if (after === before) return;
  if (check) stale.push(`${file}: generated section is out of date`);
  else writeFileSync(path, after);
}

for (const entry of catalog) {
  await update(`docs/rules/${entry.id}.md`, (text, file) => {
    const withHeader = replaceBetween(replaceBetween(text, 'rule header', ruleHeader(entry), file), 'check list', checkList(entry), file);
    const withLibraries = LIBRARY_DOCS[entry.id] ? replaceBetween(withHeader, 'library list', libraryList(entry), file) : withHeader;
    return replaceBetween(withLibraries, 'rule options list', optionsTable(entry), file, false);
  });
}
await update('README.md', (text, file) => replaceBetween(text, 'rules list', readmeTable(), file));

if (stale.length > 0) {
  console.error(`Docs are out of date (run \`pnpm docs:write\`):\n- ${stale.join('\n- ')}`);
  process.exitCode = 1;
}
