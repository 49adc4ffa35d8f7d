import { cp, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import {
  codeBlocks,
  eslintFindingKeys,
  exampleApp,
  expectedExampleFindings,
  LOCAL_NAME,
  PUBLISHED_NAME,
  readmeInstructions,
  semgrepFindingKeys,
  tarballName,
} from '../scripts/release-lib.mjs';
import { ESLINTRC_RECOMMENDED, FLAT_CONFIG_ESM } from './support/configs';
import { DOCS_BASE_URL, pluginDirectory, pluginVersion, repoRoot, semgrepBinary } from './support/paths';
import { INSTALL_FORM, throwawayProject, type ProjectName } from './support/projects';
import { runChecked, run } from './support/run';
import { bundledRules, SEMGREP_ENV, type SemgrepJson } from './support/semgrep';

// The README path, as a new user takes it outside this repository. The throwaway projects every other test
// uses were installed with the README's own commands (support/projects.ts): eslint8 with the registry
// command (the @ai-guard scope served by a local stand-in registry), eslint9 and eslint10 with the tarball
// command. Here: those commands name this build, pin it exactly and never resolve the unrelated registry
// package `eslint-plugin-ai-guard`; the tarball carries its metadata; the README's configs and semgrep
// command give the example app's expected findings, with the same check_id from any working directory.

const readme = readmeInstructions();
const expected = expectedExampleFindings();
const DOCUMENTS = ['README.md', 'docs/ci.md', 'docs/releasing.md', 'packages/eslint-plugin-ai-guard/README.md'];

describe('the install commands in the docs', () => {
  it('install this version of @ai-guard/eslint-plugin under the local name, or its tarball; never the bare registry name', async () => {
    expect(readme.registryInstall).toEqual([
      'npm',
      'install',
      '--save-dev',
      '--save-exact',
      `${LOCAL_NAME}@npm:${PUBLISHED_NAME}@${pluginVersion}`,
    ]);
    expect(readme.tarballInstall).toEqual([
      'npm',
      'install',
      '--save-dev',
      '--save-exact',
      `${LOCAL_NAME}@file:./${basename(inject('pluginTarball'))}`,
    ]);
    expect(basename(inject('pluginTarball'))).toBe(tarballName(pluginVersion));
    for (const document of DOCUMENTS) {
      const commands = codeBlocks(await readFile(join(repoRoot, document), 'utf8'))
        .flatMap((block) => block.text.split('\n'))
        .filter((line) => /\b(npm|pnpm|yarn)\s+(install|i|add)\b/.test(line));
      for (const spec of commands.flatMap((line) => line.split(/\s+/)).filter((word) => word.includes(LOCAL_NAME))) {
        expect(
          [`${LOCAL_NAME}@npm:${PUBLISHED_NAME}@${pluginVersion}`, `${LOCAL_NAME}@file:./${tarballName(pluginVersion)}`],
          document,
        ).toContain(spec);
      }
    }
  });

  it('quote no other version than the one package.json carries (pnpm release:version moves them all)', async () => {
    const forms = [
      /@ai-guard\/eslint-plugin@(\d+\.\d+\.\d+\S*?)\b/g,
      /ai-guard-eslint-plugin-(\d+\.\d+\.\d+\S*?)\.tgz/g,
      /\/(?:blob|releases\/download|releases\/tag)\/v(\d+\.\d+\.\d+[^/\s)]*)/g,
      /(?:rev:|ref:|--ref) v(\d+\.\d+\.\d+\S*)/g,
    ];
    for (const document of DOCUMENTS) {
      const text = await readFile(join(repoRoot, document), 'utf8');
      const versions = forms.flatMap((form) => [...text.matchAll(form)].map((match) => match[1]));
      expect(
        versions.filter((version) => version !== pluginVersion),
        document,
      ).toEqual([]);
      if (document === 'README.md') expect(versions.length).toBeGreaterThan(3);
    }
  });

  it.each(['eslint8', 'eslint9', 'eslint10'] as const)(
    '%s: package.json pins the exact version, node_modules holds this build',
    async (name: ProjectName) => {
      const project = await throwawayProject(name);
      const manifest = JSON.parse(await readFile(join(project.directory, 'package.json'), 'utf8')) as {
        devDependencies?: Record<string, string>;
      };
      const spec = INSTALL_FORM[name] === 'registry' ? `npm:${PUBLISHED_NAME}@${pluginVersion}` : `file:${tarballName(pluginVersion)}`;
      expect(manifest.devDependencies?.[LOCAL_NAME]).toBe(spec);
      const lock = JSON.parse(await readFile(join(project.directory, 'package-lock.json'), 'utf8')) as {
        packages: Record<string, { name?: string; version?: string; resolved?: string; integrity?: string }>;
      };
      const locked = lock.packages[`node_modules/${LOCAL_NAME}`];
      expect(locked?.name).toBe(PUBLISHED_NAME);
      expect(locked?.version).toBe(pluginVersion);
      expect(locked?.integrity).toMatch(/^sha512-/);
      if (INSTALL_FORM[name] === 'tarball') expect(locked?.resolved).toBe(`file:${tarballName(pluginVersion)}`);
      for (const [path, entry] of Object.entries(lock.packages)) {
        expect(`${path} ${entry.resolved ?? ''}`).not.toMatch(/registry\.npmjs\.org\/eslint-plugin-ai-guard\//);
      }
    },
  );
});

describe('the packed tarball', () => {
  it('has repository, homepage and bugs, and holds only the built plugin with its README and CHANGELOG', async () => {
    const tarball = inject('pluginTarball');
    const manifest = JSON.parse((await runChecked('tar', ['-xzOf', tarball, 'package/package.json'], { cwd: repoRoot })).stdout) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      name: PUBLISHED_NAME,
      version: pluginVersion,
      repository: { type: 'git', url: 'git+https://github.com/ai-guard/ai-guard.git', directory: 'packages/eslint-plugin-ai-guard' },
      homepage: 'https://github.com/ai-guard/ai-guard#readme',
      bugs: { url: 'https://github.com/ai-guard/ai-guard/issues' },
      publishConfig: { access: 'public' },
    });
    const files = (await runChecked('tar', ['-tzf', tarball], { cwd: repoRoot })).stdout
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^package\//, ''));
    expect(files.filter((file) => !file.startsWith('dist/')).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
    const built = files.flatMap((file) => /^dist\/(.*)\.js$/.exec(file)?.[1] ?? []);
    const sources = built.map((file) => `src/${file}.ts`);
    const missing: string[] = [];
    for (const source of sources) {
      try {
        await readFile(join(pluginDirectory, source));
      } catch {
        missing.push(source);
      }
    }
    expect(missing, 'build output whose source is gone: rm -rf packages/eslint-plugin-ai-guard/dist && pnpm build').toEqual([]);
  });

  it('links every rule to its docs page at the v<version> tag', async () => {
    const project = await throwawayProject('eslint10');
    const plugin = createRequire(join(project.directory, 'package.json'))(LOCAL_NAME) as {
      meta: { name: string; version: string };
      rules: Record<string, { meta: { docs?: { url?: string } } }>;
    };
    expect(plugin.meta).toEqual({ name: PUBLISHED_NAME, version: pluginVersion });
    expect(DOCS_BASE_URL).toBe(`https://github.com/ai-guard/ai-guard/blob/v${pluginVersion}/docs/rules`);
    for (const [id, rule] of Object.entries(plugin.rules)) expect(rule.meta.docs?.url).toBe(`${DOCS_BASE_URL}/${id}.md`);
  });
});

describe('the README path on the example app (docs/examples/app)', () => {
  it('ESLint 10, the README flat config and its TypeScript note: the expected findings', async () => {
    const project = await throwawayProject('eslint10');
    const workspace = await project.workspace('readme-example', { 'eslint.config.mjs': FLAT_CONFIG_ESM });
    await cp(join(exampleApp, 'src'), join(workspace, 'app', 'src'), { recursive: true });
    const lint = await project.eslint(workspace, ['app/src']);
    expect(lint.code, lint.stderr).toBe(1);
    expect(eslintFindingKeys(lint.results, join(workspace, 'app'))).toEqual(expected.eslint);
  });

  it('ESLint 8.57, the README .eslintrc.json: the expected JavaScript findings', async () => {
    const project = await throwawayProject('eslint8');
    const workspace = await project.workspace('readme-example', { '.eslintrc.json': ESLINTRC_RECOMMENDED });
    await cp(join(exampleApp, 'src'), join(workspace, 'app', 'src'), { recursive: true });
    const lint = await project.eslint(workspace, ['app/src/server.js']);
    expect(lint.code, lint.stderr).toBe(1);
    expect(eslintFindingKeys(lint.results, join(workspace, 'app'))).toEqual(
      expected.eslint.filter((key) => key.startsWith('src/server.js:')),
    );
  });

  it('the README semgrep command: the expected findings, and the same check_id when started one folder up', async () => {
    const project = join(inject('workRoot'), 'readme-semgrep');
    await mkdir(project, { recursive: true });
    await cp(inject('semgrepBundle'), join(project, 'ai-guard.yml'));
    await cp(join(exampleApp, 'python'), join(project, 'app', 'python'), { recursive: true });
    const scan = async (cwd: string, args: string[]): Promise<SemgrepJson> => {
      const result = await run(semgrepBinary, [...args, '--json', '--quiet'], { cwd, env: SEMGREP_ENV });
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as SemgrepJson;
    };
    const [, ...readmeArgs] = readme.semgrepScan;
    const fromProject = readmeArgs.map((arg) => (arg === 'path/to/your/app' ? 'app/python' : arg));
    const oneUp = readmeArgs.map((arg) =>
      arg === 'path/to/your/app' ? 'readme-semgrep/app/python' : arg === 'ai-guard.yml' ? 'readme-semgrep/ai-guard.yml' : arg,
    );
    // Semgrep would otherwise prefix check_id with the config file's folder as seen from the working directory.
    const [asDocumented, startedOneUp] = await Promise.all([scan(project, fromProject), scan(inject('workRoot'), oneUp)]);
    expect(semgrepFindingKeys(asDocumented.results, join(project, 'app'), project)).toEqual(expected.semgrep);
    const ids = asDocumented.results.map((finding) => finding.check_id);
    const pack = bundledRules();
    for (const id of ids) expect(pack.has(id), id).toBe(true);
    expect(startedOneUp.results.map((finding) => finding.check_id)).toEqual(ids);
  });
});
