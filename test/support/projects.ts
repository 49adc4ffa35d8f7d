import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { inject } from 'vitest';

import { LOCAL_NAME, pluginPackage, PUBLISHED_NAME, readmeInstructions, scopedRegistry } from '../../scripts/release-lib.mjs';
import { run, runChecked, type RunResult } from './run';

/** Exact versions a user would install; the tests assert the plugin works on each. */
export const VERSIONS = {
  eslint8: '8.57.1',
  eslint9: '9.39.5',
  eslint10: '10.15.0',
  typescriptEslintParser: '8.72.0',
  languageServers: '4.10.0',
  sarifFormatter: '3.1.0',
} as const;

export type ProjectName = 'eslint8' | 'eslint9' | 'eslint10';

/**
 * How each project installs the plugin: one of the README's two commands, as written. `registry` is the
 * npm registry command, served for the `@ai-guard` scope only by a local stand-in registry that publishes the
 * packed tarball (the real registry cannot have this build); `tarball` is the air-gapped command, with the
 * tarball copied next to package.json as the README says.
 */
export const INSTALL_FORM: Record<ProjectName, 'registry' | 'tarball'> = { eslint8: 'registry', eslint9: 'tarball', eslint10: 'tarball' };

/** What each throwaway project installs besides the packed plugin. */
const PROJECT_DEPENDENCIES: Record<ProjectName, readonly string[]> = {
  eslint8: [`eslint@${VERSIONS.eslint8}`],
  eslint9: [
    `eslint@${VERSIONS.eslint9}`,
    `@typescript-eslint/parser@${VERSIONS.typescriptEslintParser}`,
    `vscode-langservers-extracted@${VERSIONS.languageServers}`,
    `@microsoft/eslint-formatter-sarif@${VERSIONS.sarifFormatter}`,
  ],
  eslint10: [`eslint@${VERSIONS.eslint10}`, `@typescript-eslint/parser@${VERSIONS.typescriptEslintParser}`],
};

export interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  message: string;
  severity: number;
  fatal?: boolean;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  suggestions?: { messageId?: string; desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface SuppressedMessage extends LintMessage {
  suppressions: { kind: string; justification: string }[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages?: SuppressedMessage[];
}

export interface EslintRun extends RunResult {
  results: LintResult[];
}

/** One npm project in the run's temp directory, with ESLint and the packed plugin installed as a user would. */
export class ThrowawayProject {
  constructor(
    readonly name: ProjectName,
    readonly directory: string,
  ) {}

  /** A fresh directory inside the project (so it resolves the project's node_modules) holding `files`. */
  async workspace(name: string, files: Record<string, string>): Promise<string> {
    const directory = join(this.directory, 'workspaces', name);
    await rm(directory, { recursive: true, force: true });
    for (const [relative, content] of Object.entries(files)) {
      const path = join(directory, relative);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
    }
    await mkdir(directory, { recursive: true });
    return directory;
  }

  bin(name: string): string {
    return join(this.directory, 'node_modules', '.bin', name);
  }

  /** The real CLI, `eslint --format json <args>`, run from `cwd`. */
  async eslint(cwd: string, args: readonly string[], env: Record<string, string | undefined> = {}): Promise<EslintRun> {
    const result = await run(this.bin('eslint'), ['--format', 'json', ...args], { cwd, env });
    let results: LintResult[] = [];
    if (result.stdout.trim().startsWith('[')) results = JSON.parse(result.stdout) as LintResult[];
    return { ...result, results };
  }

  /** The real CLI with another formatter; stdout as printed. */
  eslintRaw(cwd: string, args: readonly string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
    return run(this.bin('eslint'), args, { cwd, env });
  }
}

const installs = new Map<ProjectName, Promise<ThrowawayProject>>();

/**
 * The project for one ESLint major, installed on first use and then shared by every test file of the
 * run (files run one at a time, and a marker file tells a later file the install is complete).
 */
export function throwawayProject(name: ProjectName): Promise<ThrowawayProject> {
  let pending = installs.get(name);
  if (!pending) {
    pending = install(name);
    installs.set(name, pending);
  }
  return pending;
}

async function install(name: ProjectName): Promise<ThrowawayProject> {
  const directory = join(inject('workRoot'), name);
  const marker = join(directory, '.installed');
  if (existsSync(marker)) return new ThrowawayProject(name, directory);
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, 'package.json'), JSON.stringify({ name: `throwaway-${name}`, private: true, version: '0.0.0' }, null, 2));
  const readme = readmeInstructions();
  const options = ['--no-audit', '--no-fund', '--loglevel=error'];
  const timeoutMs = 540_000;
  if (INSTALL_FORM[name] === 'tarball') {
    const tarball = inject('pluginTarball');
    await copyFile(tarball, join(directory, basename(tarball)));
    const [command = 'npm', ...args] = readme.tarballInstall;
    await runChecked(command, [...args, ...options, ...PROJECT_DEPENDENCIES[name]], { cwd: directory, timeoutMs });
  } else {
    const registry = await scopedRegistry(inject('pluginTarball'));
    try {
      const [command = 'npm', ...args] = readme.registryInstall;
      await runChecked(command, [...args, registry.flag, ...options, ...PROJECT_DEPENDENCIES[name]], { cwd: directory, timeoutMs });
    } finally {
      await registry.close();
    }
  }
  const installed = JSON.parse(await readFile(join(directory, 'node_modules', 'eslint', 'package.json'), 'utf8')) as { version: string };
  if (installed.version !== VERSIONS[name]) {
    throw new Error(`${name}: expected eslint ${VERSIONS[name]}, npm installed ${installed.version}`);
  }
  const plugin = JSON.parse(await readFile(join(directory, 'node_modules', LOCAL_NAME, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  if (plugin.name !== PUBLISHED_NAME || plugin.version !== pluginPackage().version) {
    throw new Error(`${name}: node_modules/${LOCAL_NAME} is ${plugin.name}@${plugin.version}, not this build of ${PUBLISHED_NAME}`);
  }
  await writeFile(marker, '');
  return new ThrowawayProject(name, directory);
}
