import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { FLAT_CONFIG_README } from './support/configs';
import { ruleFixturesDirectory } from './support/fixtures';
import { repoRoot } from './support/paths';
import { throwawayProject } from './support/projects';
import { run } from './support/run';

// The hooks of .pre-commit-hooks.yaml, tried the way docs/ci.md suggests before adding them to a config:
// `pre-commit try-repo <this repository>` in a project of one's own. The project is a git repository inside
// the throwaway ESLint 10 project (ESLint and the plugin installed as the README says), with the README's flat
// config, and semgrep on PATH. pre-commit itself is the pinned one in .venv (requirements-dev.txt).

const RULE = 'jwt-pinned-algorithm';
const venvBin = join(repoRoot, '.venv', 'bin');

async function fixtureRepository(name: string, extra: Record<string, string> = {}): Promise<string> {
  const project = await throwawayProject('eslint10');
  const fixture = (file: string) => readFile(join(ruleFixturesDirectory, RULE, file), 'utf8');
  const directory = await project.workspace(name, {
    'eslint.config.mjs': FLAT_CONFIG_README,
    'src/vulnerable.js': await fixture('vulnerable.js'),
    'src/clean.js': await fixture('clean.js'),
    'app/vulnerable.py': await fixture('vulnerable.py'),
    'app/clean.py': await fixture('clean.py'),
    ...extra,
  });
  for (const args of [
    ['init', '--quiet'],
    ['add', '.'],
  ]) {
    const git = await run('git', args, { cwd: directory });
    expect(git.code, git.stderr).toBe(0);
  }
  return directory;
}

function hookEnvironment(): Record<string, string> {
  return { PATH: `${venvBin}:${process.env.PATH ?? ''}`, PRE_COMMIT_HOME: join(inject('workRoot'), 'pre-commit-home') };
}

describe('pre-commit try-repo', () => {
  it('ai-guard-eslint and ai-guard-semgrep fail on vulnerable files and pass on clean ones', async () => {
    const directory = await fixtureRepository('pre-commit');
    const tryRepo = (files: string[]) =>
      run(join(venvBin, 'pre-commit'), ['try-repo', repoRoot, '--files', ...files], { cwd: directory, env: hookEnvironment() });
    const [failing, passing] = await Promise.all([
      tryRepo(['src/vulnerable.js', 'app/vulnerable.py']),
      tryRepo(['src/clean.js', 'app/clean.py']),
    ]);

    expect(failing.code, failing.stdout + failing.stderr).toBe(1);
    expect(failing.stdout).toMatch(/^ai-guard \(ESLint\)\.+Failed$/m);
    expect(failing.stdout).toMatch(/^ai-guard \(Semgrep\)\.+Failed$/m);
    expect(failing.stdout).toContain('src/vulnerable.js');
    expect(failing.stdout).toContain(`ai-guard/${RULE}`);
    expect(failing.stdout).toContain('app/vulnerable.py');
    expect(failing.stdout).toMatch(new RegExp(`❯+❱ ${RULE}`));

    expect(passing.code, passing.stdout + passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/^ai-guard \(ESLint\)\.+Passed$/m);
    expect(passing.stdout).toMatch(/^ai-guard \(Semgrep\)\.+Passed$/m);
  });

  it('ai-guard-eslint refuses a project whose eslint-plugin-ai-guard is the unrelated registry package', async () => {
    const directory = await fixtureRepository('pre-commit-impostor');
    // A stand-in for what `npm install eslint-plugin-ai-guard` puts there: another party's package of that name.
    await mkdir(join(directory, 'node_modules', 'eslint-plugin-ai-guard'), { recursive: true });
    await writeFile(
      join(directory, 'node_modules', 'eslint-plugin-ai-guard', 'package.json'),
      JSON.stringify({ name: 'eslint-plugin-ai-guard', version: '1.3.0', main: 'index.js' }),
    );
    const hook = await run(process.execPath, [join(repoRoot, 'scripts', 'pre-commit-eslint.mjs'), 'src/clean.js'], { cwd: directory });
    expect(hook.code).toBe(1);
    expect(hook.stderr).toContain('eslint-plugin-ai-guard@1.3.0, an unrelated package');
    expect(hook.stderr).toContain('npm install --save-dev --save-exact eslint-plugin-ai-guard@npm:@ai-guard/eslint-plugin@<version>');
  });
});
