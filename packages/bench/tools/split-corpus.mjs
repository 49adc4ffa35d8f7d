#!/usr/bin/env node
// Authoring helper: splits a bundle of `@@@ <relative path>` sections read from stdin into one file per
// case under corpus/, so a reviewer can read each case on its own. The corpus files are the source of truth.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
let text = '';
for await (const chunk of process.stdin) text += chunk;
let written = 0;
for (const section of text.split(/^@@@ /m).slice(1)) {
  const newline = section.indexOf('\n');
  const path = section.slice(0, newline).trim();
  const body = section.slice(newline + 1).replace(/\n+$/, '\n');
  const target = join(corpus, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, body);
  written += 1;
}
console.log(`wrote ${written} files`);
