import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { expectedFindings, expectedSemgrepSuppressions, findingKey } from './support/fixtures';
import { fixturesDirectory } from './support/paths';
import { packArgs, pythonWorkspace, semgrepScan, twinOf, type SemgrepJson } from './support/semgrep';

// The Semgrep pack as a release ships it, run as the README and CI run it (`semgrep --config ai-guard.yml
// --no-rewrite-rule-ids`): every rule with fixtures fires exactly on the annotated lines of `vulnerable.py`,
// never on `clean.py`, and a trailing `# nosemgrep: <id>` silences it (while `--disable-nosem` shows it is a
// real finding). With --no-rewrite-rule-ids, `check_id` is the rule's own id; every finding names its ESLint twin.

function findingKeys(output: SemgrepJson): string[] {
  for (const result of output.results) expect(result.check_id.startsWith(twinOf(result)), result.check_id).toBe(true);
  return output.results.map((result) => findingKey(result.path, result.start.line, result.check_id)).sort();
}

describe('semgrep --config ai-guard.yml --no-rewrite-rule-ids', () => {
  it('reports the vulnerable fixtures on the annotated lines and nothing in the clean ones', async () => {
    const workspace = await pythonWorkspace('scan', /^(vulnerable|clean)\.py$/);
    const run = await semgrepScan(workspace.directory, [...packArgs(), '--json', '--quiet', ...workspace.files]);
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as SemgrepJson;
    expect(output.errors).toEqual([]);

    const expected = workspace.files
      .filter((file) => file.endsWith('/vulnerable.py'))
      .flatMap((file) => expectedFindings(file))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(findingKeys(output)).toEqual(expected);
  });

  it('exits non-zero with --error when there are findings, as the CI gate relies on', async () => {
    const workspace = await pythonWorkspace('gate', /^vulnerable\.py$/);
    const failing = await semgrepScan(workspace.directory, [...packArgs(), '--error', '--quiet', ...workspace.files]);
    expect(failing.code).toBe(1);
    const clean = await pythonWorkspace('gate-clean', /^clean\.py$/);
    const passing = await semgrepScan(clean.directory, [...packArgs(), '--error', '--quiet', ...clean.files]);
    expect(passing.code, passing.stderr).toBe(0);
  });

  it('honours `# nosemgrep: <id>` on the finding line', async () => {
    const workspace = await pythonWorkspace('nosem', /^suppressed\.py$/);
    const args = [...packArgs(), '--json', '--quiet', ...workspace.files];
    const suppressed = JSON.parse((await semgrepScan(workspace.directory, args)).stdout) as SemgrepJson;
    expect(suppressed.results).toEqual([]);

    const unsuppressed = JSON.parse((await semgrepScan(workspace.directory, [...args, '--disable-nosem'])).stdout) as SemgrepJson;
    const expected = workspace.files.flatMap(expectedSemgrepSuppressions).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(findingKeys(unsuppressed)).toEqual(expected);
  });

  // Semgrep reports an engine failure on a file as a syntax error and skips the file: the rules are silently off there.
  it('scans files of the shapes that once made a rule fail, with no Semgrep error', async () => {
    const source = join(fixturesDirectory, 'semgrep-errors');
    const directory = await mkdtemp(join(inject('workRoot'), 'semgrep-errors-'));
    const files = (await readdir(source)).filter((name) => name.endsWith('.py'));
    for (const file of files) await cp(join(source, file), join(directory, file));
    expect(files.length).toBeGreaterThan(0);
    const run = await semgrepScan(directory, [...packArgs(), '--json', '--quiet', ...files]);
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as SemgrepJson;
    expect(output.errors).toEqual([]);
  });
});
