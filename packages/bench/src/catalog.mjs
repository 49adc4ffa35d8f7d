// The failure classes come from the plugin's catalog, read from the build the benchmark measures, so a rule
// added to the catalog is scored (or shown as "no cases yet") without touching the benchmark.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { benchDir } from './paths.mjs';

const require = createRequire(join(benchDir, 'package.json'));

/** The plugin being measured: run.mjs's copy of the build (plugin-snapshot.mjs), or the workspace package. */
export const pluginDir = process.env.BENCH_PLUGIN_DIR ?? dirname(require.resolve('eslint-plugin-ai-guard/package.json'));

export function loadCatalog() {
  const file = join(pluginDir, 'dist', 'catalog.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first (the benchmark measures the built plugin)`);
  return require(file).catalog;
}

export const catalog = loadCatalog();
export const classes = catalog.map((entry) => entry.id);
