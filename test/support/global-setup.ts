import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { TestProject } from 'vitest/node';

import { pluginDirectory, repoRoot } from './paths';
import { runChecked } from './run';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The plugin as `pnpm pack` ships it, packed once per run. */
    pluginTarball: string;
    /** The Semgrep pack as a release ships it (`ai-guard.yml`, scripts/bundle-semgrep.mjs), bundled once per run. */
    semgrepBundle: string;
    /** Temp directory (outside the repo) that holds the throwaway projects of this run. */
    workRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(pluginDirectory, 'dist', 'index.js'))) {
    throw new Error('packages/eslint-plugin-ai-guard/dist is missing: run `pnpm build` before the integration tests.');
  }
  const workRoot = await mkdtemp(join(tmpdir(), 'ai-guard-integration-'));
  const packDirectory = join(workRoot, 'pack');
  await mkdir(packDirectory);
  const pnpm = join(repoRoot, '.tools', 'pnpm', 'node_modules', '.bin', 'pnpm');
  await runChecked(existsSync(pnpm) ? pnpm : 'pnpm', ['pack', '--pack-destination', packDirectory], { cwd: pluginDirectory });
  const tarball = (await readdir(packDirectory)).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack left no tarball in ${packDirectory}`);

  const semgrepBundle = join(packDirectory, 'ai-guard.yml');
  await runChecked(process.execPath, [join(repoRoot, 'scripts', 'bundle-semgrep.mjs'), '--out', semgrepBundle], { cwd: repoRoot });

  project.provide('pluginTarball', join(packDirectory, tarball));
  project.provide('semgrepBundle', semgrepBundle);
  project.provide('workRoot', workRoot);

  return async () => {
    if (!process.env.AI_GUARD_KEEP_WORK) await rm(workRoot, { recursive: true, force: true });
  };
}
