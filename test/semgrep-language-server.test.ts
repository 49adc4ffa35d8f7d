import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterEach, describe, expect, inject, it } from 'vitest';

import { expectedFindings } from './support/fixtures';
import { LanguageServerClient, type Diagnostic } from './support/lsp';
import { semgrepBinary } from './support/paths';
import { runChecked } from './support/run';
import { packArgs, pythonWorkspace, SEMGREP_ENV, semgrepScan, type SemgrepJson } from './support/semgrep';

// `semgrep lsp` serving the release's pack file (ai-guard.yml) with no login and no network: the editor path for Python.
// (`lsp` takes no --metrics flag; SEMGREP_SEND_METRICS=off and `metrics.enabled: false` turn metrics off.)
// It scans only files tracked by git, so the workspace is a git repository as a user's would be,
// and it scans what is on disk when the editor saves, so edits are written and then `didSave`d.

const RULE = 'jwt-pinned-algorithm-missing-algorithms';
const FILE = 'jwt-pinned-algorithm/vulnerable.py';

function ours(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === RULE);
}

describe('semgrep lsp with the local pack, offline', () => {
  let client: LanguageServerClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('reports the findings semgrep scan reports, and drops one once it is fixed and saved', async () => {
    const workspace = await pythonWorkspace('lsp', /^vulnerable\.py$/);
    const file = FILE;
    const path = join(workspace.directory, file);
    const uri = pathToFileURL(path).href;
    const git = (...args: string[]) =>
      runChecked('git', ['-c', 'user.name=ai-guard', '-c', 'user.email=ai-guard@localhost', ...args], { cwd: workspace.directory });
    await git('init', '--quiet');
    await git('add', '.');
    await git('commit', '--quiet', '--message', 'app');

    const cli = JSON.parse((await semgrepScan(workspace.directory, [...packArgs(), '--json', '--quiet', file])).stdout) as SemgrepJson;
    const cliRanges = cli.results.map((result) => ({
      start: { line: result.start.line - 1, character: result.start.col - 1 },
      end: { line: result.end.line - 1, character: result.end.col - 1 },
    }));
    expect(cli.results.map((result) => result.check_id)).toEqual(expectedFindings(file).map(() => RULE));

    client = new LanguageServerClient(semgrepBinary, ['lsp'], workspace.directory, SEMGREP_ENV);
    const rootUri = pathToFileURL(workspace.directory).href;
    await client.request(
      'initialize',
      {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'app' }],
        capabilities: { workspace: { workspaceFolders: true }, textDocument: { publishDiagnostics: { codeDescriptionSupport: true } } },
        initializationOptions: {
          scan: {
            configuration: [inject('semgrepBundle')],
            jobs: 1,
            maxMemory: 0,
            maxTargetBytes: 1_000_000,
            onlyGitDirty: false,
            ci: false,
          },
          metrics: { enabled: false },
          doHover: false,
        },
      },
      120_000,
    );
    client.notify('initialized', {});
    await client.notified('semgrep/rulesRefreshed');

    const source = await readFile(path, 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: source } });
    client.notify('textDocument/didSave', { textDocument: { uri } });
    const opened = ours(await client.diagnosticsFor(uri, (diagnostics) => ours(diagnostics).length === cliRanges.length, 120_000));
    expect(opened.map((diagnostic) => diagnostic.range)).toEqual(cliRanges);
    for (const diagnostic of opened) {
      expect(diagnostic.severity).toBe(1);
      expect(diagnostic.message).toContain(cli.results[0]?.extra.message.split(',')[0] ?? '');
    }

    const fixed = source.replace('jwt.decode(token, secret)', 'jwt.decode(token, secret, algorithms=["HS256"])');
    expect(fixed).not.toBe(source);
    await writeFile(path, fixed);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    client.notify('textDocument/didSave', { textDocument: { uri } });
    const remaining = ours(await client.diagnosticsFor(uri, (diagnostics) => ours(diagnostics).length === cliRanges.length - 1, 120_000));
    expect(remaining.map((diagnostic) => diagnostic.range.start.line)).toEqual(cliRanges.slice(1).map((range) => range.start.line));
  });
});
