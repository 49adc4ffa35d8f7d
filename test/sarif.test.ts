import { describe, expect, it } from 'vitest';

import { FLAT_CONFIG_CJS } from './support/configs';
import { expectedFindings, findingKey } from './support/fixtures';
import { lintFixtures } from './support/lint-fixtures';
import { DOCS_BASE_URL } from './support/paths';
import { throwawayProject } from './support/projects';
import { bundledRules, packArgs, pythonWorkspace, semgrepScan } from './support/semgrep';

// The CI path: the SARIF that `eslint -f @microsoft/eslint-formatter-sarif` and `semgrep --sarif`
// write for code scanning. Both must be SARIF 2.1.0 with one result per finding, the rule id, the
// location, and a help link to the rule's docs page, which is what code-scanning UIs show.

interface SarifRule {
  id: string;
  helpUri?: string;
  defaultConfiguration?: { level?: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level?: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } } }[];
}

interface SarifLog {
  version: string;
  $schema: string;
  runs: { tool: { driver: { name: string; rules?: SarifRule[] } }; results: SarifResult[] }[];
}

/** Structure every SARIF 2.1.0 consumer relies on; returns the single run. */
function expectSarif(text: string): SarifLog['runs'][number] {
  const log = JSON.parse(text) as SarifLog;
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$|sarif-2\.1\.0/);
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0] as SarifLog['runs'][number];
  expect(run.tool.driver.name).toBeTruthy();
  expect(Array.isArray(run.results)).toBe(true);
  for (const result of run.results) {
    expect(result.message.text.length).toBeGreaterThan(0);
    expect(result.locations).toHaveLength(1);
    expect(result.locations[0]?.physicalLocation.region.startLine).toBeGreaterThan(0);
  }
  return run;
}

/** `<id>/<file>:<line> <rule>` for each result, with the location relative to the scanned root. */
function resultKeys(run: SarifLog['runs'][number], rule: (id: string) => string): string[] {
  return run.results
    .map((result) => {
      const location = result.locations[0]?.physicalLocation;
      const path = decodeURIComponent(location?.artifactLocation.uri ?? '').replace(/^.*?\/src\//, '');
      return findingKey(path, location?.region.startLine ?? 0, rule(result.ruleId));
    })
    .sort();
}

describe('SARIF for code scanning', () => {
  it('eslint -f @microsoft/eslint-formatter-sarif: one result per finding, rule ids, locations, docs links', async () => {
    const project = await throwawayProject('eslint9');
    // Lint once as JSON for the expected findings, then the same workspace through the SARIF formatter.
    const outcome = await lintFixtures({
      project,
      name: 'sarif',
      config: { 'eslint.config.js': FLAT_CONFIG_CJS },
      files: /^(vulnerable|clean)\.(js|ts)$/,
    });
    const workspace = outcome.fixtures.slice(0, -'/src'.length);
    const sarif = await project.eslintRaw(workspace, ['-f', '@microsoft/eslint-formatter-sarif', 'src']);
    expect(sarif.code, sarif.stderr).toBe(1);
    const run = expectSarif(sarif.stdout);
    expect(run.tool.driver.name).toBe('ESLint');

    const expected = outcome.files
      .filter((file) => file.includes('/vulnerable.'))
      .flatMap((file) => expectedFindings(file, 'ai-guard/'))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(resultKeys(run, (id) => id)).toEqual(expected);

    const rules = run.tool.driver.rules ?? [];
    for (const result of run.results) {
      expect(result.level).toBe('error');
      const rule = rules[result.ruleIndex ?? -1];
      expect(rule?.id).toBe(result.ruleId);
      expect(rule?.helpUri).toBe(`${DOCS_BASE_URL}/${result.ruleId.replace('ai-guard/', '')}.md`);
    }
  });

  it("semgrep --sarif --no-rewrite-rule-ids: one result per finding, each rule's own id, locations, docs links", async () => {
    const workspace = await pythonWorkspace('sarif', /^(vulnerable|clean)\.py$/);
    const scan = await semgrepScan(workspace.directory, [...packArgs(), '--sarif', '--quiet', ...workspace.files]);
    expect(scan.code, scan.stderr).toBe(0);
    const run = expectSarif(scan.stdout);
    expect(run.tool.driver.name).toMatch(/semgrep/i);

    const expected = workspace.files
      .filter((file) => file.endsWith('/vulnerable.py'))
      .flatMap((file) => expectedFindings(file))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const keys = run.results
      .map((result) => {
        const location = result.locations[0]?.physicalLocation;
        return findingKey(location?.artifactLocation.uri ?? '', location?.region.startLine ?? 0, result.ruleId);
      })
      .sort();
    expect(keys).toEqual(expected);

    const rules = new Map((run.tool.driver.rules ?? []).map((rule) => [rule.id, rule]));
    const pack = bundledRules();
    for (const result of run.results) {
      // With --no-rewrite-rule-ids the SARIF ruleId is the pack's own rule id, whatever the working directory.
      const twin = pack.get(result.ruleId)?.metadata['eslint-rule'];
      expect(typeof twin, result.ruleId).toBe('string');
      // Semgrep puts the level on the rule (from `severity: ERROR`), not on each result.
      expect(rules.get(result.ruleId)?.defaultConfiguration?.level).toBe('error');
      // Semgrep's SARIF takes `helpUri` from the rule's `metadata.source`: the twin's page at this version's tag.
      expect(rules.get(result.ruleId)?.helpUri).toBe(`${DOCS_BASE_URL}/${String(twin).replace('ai-guard/', '')}.md`);
    }
  });
});
