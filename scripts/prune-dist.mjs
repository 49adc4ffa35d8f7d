#!/usr/bin/env node
// Runs before `pnpm pack` / `pnpm publish` of the plugin (its `prepack` script): removes build output whose
// source file is gone, which `tsc` never deletes, so a tarball never ships a module that no longer exists.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const pluginDirectory = process.cwd();
const dist = join(pluginDirectory, 'dist');

function* files(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

if (!existsSync(dist)) {
  console.error('prune-dist: no dist/ to pack; run `pnpm build` first.');
  process.exit(1);
}
for (const file of files(dist)) {
  const source = relative(dist, file).replace(/\.(d\.ts|js)(\.map)?$/, '.ts');
  if (!existsSync(join(pluginDirectory, 'src', source))) {
    rmSync(file);
    console.log(`prune-dist: removed ${relative(pluginDirectory, file)} (no src/${source})`);
  }
}
