import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { expectedFindings, findingKey, ruleFixturesDirectory } from './support/fixtures';
import { throwawayProject, type ProjectName } from './support/projects';
import { run } from './support/run';
import { packArgs, pythonWorkspace, semgrepScan, twinOf, type SemgrepJson } from './support/semgrep';

// Adopting the recommended config on an existing codebase, as docs/ci.md describes it: ESLint's
// bulk suppressions file freezes today's findings so only new ones fail, a warn-first config
// reports without failing, and Semgrep's --baseline-commit reports only what a change introduced.

const RULE = 'jwt-pinned-algorithm';
const FLAT_CONFIGS: Record<Exclude<ProjectName, 'eslint8'>, [string, string]> = {
  eslint9: [
    'eslint.config.js',
    'const aiGuard = require("eslint-plugin-ai-guard");\n\nmodule.exports = [...aiGuard.configs.recommended];\n',
  ],
  eslint10: ['eslint.config.mjs', 'import aiGuard from "eslint-plugin-ai-guard";\n\nexport default [...aiGuard.configs.recommended];\n'],
};

describe.each(['eslint9', 'eslint10'] as const)('%s bulk suppressions (eslint-suppressions.json)', (name) => {
  it('--suppress-all freezes existing findings; a new finding still fails', async () => {
    const project = await throwawayProject(name);
    const [configFile, config] = FLAT_CONFIGS[name];
    const vulnerable = await readFile(join(ruleFixturesDirectory, RULE, 'vulnerable.js'), 'utf8');
    const workspace = await project.workspace('adopt-suppressions', { [configFile]: config, 'src/legacy.js': vulnerable });

    const suppress = await project.eslint(workspace, ['--suppress-all', 'src']);
    expect(suppress.code, suppress.stderr).toBe(0);
    const suppressions = JSON.parse(await readFile(join(workspace, 'eslint-suppressions.json'), 'utf8')) as Record<
      string,
      Record<string, { count: number }>
    >;
    expect(suppressions['src/legacy.js']?.[`ai-guard/${RULE}`]?.count).toBe(expectedFindings(`${RULE}/vulnerable.js`).length);

    const frozen = await project.eslint(workspace, ['src']);
    expect(frozen.code, frozen.stderr).toBe(0);
    expect(frozen.results.flatMap((result) => result.messages)).toEqual([]);

    await writeFile(join(workspace, 'src', 'new-endpoint.js'), vulnerable);
    const fresh = await project.eslint(workspace, ['src']);
    expect(fresh.code).toBe(1);
    const reported = fresh.results
      .filter((result) => result.messages.length > 0)
      .map((result) => result.filePath.slice(workspace.length + 1));
    expect(reported).toEqual(['src/new-endpoint.js']);
  });
});

describe('warn first', () => {
  it('the recommended rules at "warn" report without failing, and --max-warnings 0 turns them into a gate', async () => {
    const project = await throwawayProject('eslint10');
    const config = `import aiGuard from "eslint-plugin-ai-guard";

const warnFirst = aiGuard.configs.recommended.map((config) => ({
  ...config,
  rules: Object.fromEntries(Object.keys(config.rules).map((rule) => [rule, "warn"])),
}));

export default warnFirst;
`;
    const vulnerable = await readFile(join(ruleFixturesDirectory, RULE, 'vulnerable.js'), 'utf8');
    const workspace = await project.workspace('adopt-warn', { 'eslint.config.mjs': config, 'src/legacy.js': vulnerable });
    const warned = await project.eslint(workspace, ['src']);
    expect(warned.code, warned.stderr).toBe(0);
    const messages = warned.results.flatMap((result) => result.messages);
    expect(messages.length).toBe(expectedFindings(`${RULE}/vulnerable.js`).length);
    expect(messages.every((message) => message.severity === 1)).toBe(true);

    const gated = await project.eslint(workspace, ['--max-warnings', '0', 'src']);
    expect(gated.code).toBe(1);
  });
});

describe('semgrep --baseline-commit', () => {
  it('reports only the findings a change introduces', async () => {
    const workspace = await pythonWorkspace('baseline', /^vulnerable\.py$/);
    const git = async (...args: string[]) => {
      const result = await run('git', ['-c', 'user.name=ai-guard', '-c', 'user.email=ai-guard@localhost', ...args], {
        cwd: workspace.directory,
      });
      expect(result.code, result.stderr).toBe(0);
    };
    await git('init', '--quiet');
    await git('add', '.');
    await git('commit', '--quiet', '--message', 'existing code');
    const file = `${RULE}/vulnerable.py`;
    const existing = await readFile(join(workspace.directory, file), 'utf8');
    const added = 'def new_endpoint(token, secret):\n    return jwt.decode(token, secret)\n';
    await writeFile(join(workspace.directory, file), `${existing}\n\n${added}`);
    const newLine = `${existing}\n\n`.split('\n').length + 1;
    // Semgrep finds the changed files through git: a change it should see is staged (or committed).
    await git('add', '.');

    const scan = await semgrepScan(workspace.directory, [...packArgs(), '--json', '--quiet', '--baseline-commit', 'HEAD']);
    expect(scan.code, scan.stderr).toBe(0);
    const output = JSON.parse(scan.stdout) as SemgrepJson;
    // Keyed by the ESLint twin (metadata.eslint-rule), as the docs tell baselines to key.
    const keys = output.results.map((result) => findingKey(result.path, result.start.line, twinOf(result)));
    expect(keys).toEqual([findingKey(file, newLine, RULE)]);
  });
});
