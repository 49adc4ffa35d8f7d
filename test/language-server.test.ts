import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { ESLINTRC_RECOMMENDED, FLAT_CONFIG_CJS } from './support/configs';
import { ruleFixturesDirectory } from './support/fixtures';
import { applyTextEdits, editsFor, LanguageServerClient, type CodeAction, type Diagnostic, type Range, type TextEdit } from './support/lsp';
import { DOCS_BASE_URL } from './support/paths';
import { throwawayProject, type LintMessage, type ThrowawayProject } from './support/projects';

// The editor path, end to end: the ESLint language server that VS Code and other LSP editors run
// (`vscode-eslint-language-server` from vscode-langservers-extracted, pinned), driven over stdio the
// way an editor drives it, against a workspace that enables the packed plugin's recommended config.

const RULE = 'ai-guard/jwt-pinned-algorithm';

function serverSettings(workspace: string, useFlatConfig: boolean): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { enable: false, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'location' },
    workspaceFolder: { uri: pathToFileURL(workspace).href, name: 'app' },
  };
}

async function startServer(project: ThrowawayProject, workspace: string, useFlatConfig: boolean): Promise<LanguageServerClient> {
  const client = new LanguageServerClient(project.bin('vscode-eslint-language-server'), ['--stdio'], workspace);
  const settings = serverSettings(workspace, useFlatConfig);
  client.onRequest('workspace/configuration', (params) => (params as { items: unknown[] }).items.map(() => settings));
  const rootUri = pathToFileURL(workspace).href;
  await client.request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'ai-guard-integration-test' },
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'app' }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
        diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
        codeAction: {
          dynamicRegistration: false,
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll', 'source.fixAll.eslint'] } },
        },
      },
    },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: {} });
  return client;
}

function aiGuard(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === RULE);
}

/** The CLI's 1-based line/column as the 0-based LSP range the editor shows. */
function rangeOf(message: LintMessage): Range {
  return {
    start: { line: message.line - 1, character: message.column - 1 },
    end: { line: (message.endLine ?? message.line) - 1, character: (message.endColumn ?? message.column) - 1 },
  };
}

describe('vscode-eslint-language-server with the packed plugin (ESLint 9.39)', () => {
  let project: ThrowawayProject;
  let client: LanguageServerClient | undefined;
  beforeAll(async () => {
    project = await throwawayProject('eslint9');
  });
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  it('reports the CLI findings as diagnostics with docs links, clears a fixed one, and offers the suggestion as a code action', async () => {
    const vulnerable = await readFile(join(ruleFixturesDirectory, 'jwt-pinned-algorithm', 'vulnerable.ts'), 'utf8');
    const clean = await readFile(join(ruleFixturesDirectory, 'jwt-pinned-algorithm', 'clean.ts'), 'utf8');
    const workspace = await project.workspace('lsp-flat', { 'eslint.config.js': FLAT_CONFIG_CJS, 'src/session.ts': vulnerable });
    const uri = pathToFileURL(join(workspace, 'src', 'session.ts')).href;

    // What CI would report for the same file: the editor must show exactly these.
    const cli = await project.eslint(workspace, ['src/session.ts']);
    const cliMessages = cli.results[0]?.messages ?? [];
    expect(cliMessages.map((message) => message.messageId)).toEqual(['missingAlgorithms', 'mixedAlgorithmFamilies']);

    client = await startServer(project, workspace, true);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: vulnerable } });
    const opened = aiGuard(await client.pullDiagnostics(uri));
    expect(opened.map((diagnostic) => diagnostic.range)).toEqual(cliMessages.map(rangeOf));
    for (const [index, diagnostic] of opened.entries()) {
      expect(diagnostic).toMatchObject({
        source: 'eslint',
        severity: 1,
        code: RULE,
        codeDescription: { href: `${DOCS_BASE_URL}/jwt-pinned-algorithm.md` },
      });
      expect(diagnostic.message).toContain(cliMessages[index]?.message);
    }

    // Fix the mixed-family allowlist by typing, as a user would: that diagnostic goes, the other stays.
    const pinned = vulnerable.replace('algorithms: ["HS256", "RS256"]', 'algorithms: ["RS256"]');
    expect(pinned).not.toBe(vulnerable);
    const changedAt = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: pinned }] });
    const remaining = aiGuard(await client.pullDiagnostics(uri));
    recordTiming('didChange-to-diagnostics', performance.now() - changedAt);
    expect(remaining.map((diagnostic) => diagnostic.range)).toEqual([rangeOf(cliMessages[0] as LintMessage)]);

    // The remaining finding offers the rule's suggestion; applying its edit gives code the rule accepts.
    const target = remaining[0] as Diagnostic;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    });
    const titles = actions.map((action) => action.title);
    const suggestion = actions.find((action) => action.title === `Pin the accepted algorithms to \`["HS256"]\`. (${RULE})`);
    expect(suggestion, titles.join('\n')).toBeDefined();
    expect(titles).toContain(`Disable ${RULE} for this line`);
    expect(titles).toContain(`Show documentation for ${RULE}`);
    const fixed = applyTextEdits(pinned, await suggestionEdits(client, suggestion as CodeAction, uri));
    expect(fixed.replaceAll('// ruleid:', '// ok:')).toBe(clean);

    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: fixed }] });
    expect(aiGuard(await client.pullDiagnostics(uri))).toEqual([]);
  });

  it('serves a legacy .eslintrc.json workspace on ESLint 9 (eslint.useFlatConfig: false)', async () => {
    const vulnerable = await readFile(join(ruleFixturesDirectory, 'jwt-pinned-algorithm', 'vulnerable.js'), 'utf8');
    const workspace = await project.workspace('lsp-eslintrc', { '.eslintrc.json': ESLINTRC_RECOMMENDED, 'src/session.js': vulnerable });
    const uri = pathToFileURL(join(workspace, 'src', 'session.js')).href;
    const cli = await project.eslint(workspace, ['src/session.js'], { ESLINT_USE_FLAT_CONFIG: 'false' });
    const cliMessages = cli.results[0]?.messages ?? [];
    expect(cliMessages.length).toBeGreaterThan(0);

    client = await startServer(project, workspace, false);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: vulnerable } });
    const opened = aiGuard(await client.pullDiagnostics(uri));
    expect(opened.map((diagnostic) => diagnostic.range)).toEqual(cliMessages.map(rangeOf));
    for (const diagnostic of opened) expect(diagnostic.codeDescription?.href).toBe(`${DOCS_BASE_URL}/jwt-pinned-algorithm.md`);
  });
});

/**
 * The edits of a code action: inline in `edit`, or, when the server sends a command instead, the
 * `workspace/applyEdit` it asks the editor to apply once the command runs.
 */
async function suggestionEdits(client: LanguageServerClient, action: CodeAction, uri: string): Promise<TextEdit[]> {
  if (action.edit) return editsFor(action, uri);
  if (!action.command) throw new Error(`code action "${action.title}" has neither an edit nor a command`);
  let applied: CodeAction['edit'];
  client.onRequest('workspace/applyEdit', (params) => {
    applied = (params as { edit: CodeAction['edit'] }).edit;
    return { applied: true };
  });
  await client.request('workspace/executeCommand', action.command);
  if (!applied) throw new Error(`command ${action.command.command} sent no workspace/applyEdit`);
  return editsFor({ title: action.title, edit: applied }, uri);
}

/** Timings go to the benchmark, not into assertions: appended to $AI_GUARD_BENCH_OUT when set. */
function recordTiming(name: string, milliseconds: number): void {
  const line = JSON.stringify({ suite: 'language-server', name, milliseconds: Math.round(milliseconds) });
  console.info(line);
  const out = process.env.AI_GUARD_BENCH_OUT;
  if (out) void writeFile(out, `${line}\n`, { flag: 'a' });
}
