// The built plugin is copied once per run (dist/ and package.json, with a link to its node_modules), and every
// ESLint worker of the run loads that copy: a `pnpm build` elsewhere in the checkout during a long run then
// changes nothing that is measured. Imported first by run.mjs; workers inherit BENCH_PLUGIN_DIR and reuse it.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tempFile } from './exec.mjs';
import { benchDir } from './paths.mjs';

if (!process.env.BENCH_PLUGIN_DIR) {
  const require = createRequire(join(benchDir, 'package.json'));
  const source = dirname(require.resolve('eslint-plugin-ai-guard/package.json'));
  const target = join(tempFile('plugin'), 'eslint-plugin-ai-guard');
  mkdirSync(target, { recursive: true });
  cpSync(join(source, 'package.json'), join(target, 'package.json'));
  cpSync(join(source, 'dist'), join(target, 'dist'), { recursive: true });
  symlinkSync(join(source, 'node_modules'), join(target, 'node_modules'), 'dir');
  process.env.BENCH_PLUGIN_DIR = target;
}
