import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const pluginDirectory = join(repoRoot, 'packages', 'eslint-plugin-ai-guard');
export const fixturesDirectory = join(repoRoot, 'test', 'fixtures');
export const semgrepPack = join(repoRoot, 'semgrep-rules', 'python');
export const semgrepBinary = join(repoRoot, '.venv', 'bin', 'semgrep');
export const pluginVersion = (JSON.parse(readFileSync(join(pluginDirectory, 'package.json'), 'utf8')) as { version: string }).version;
/** Where every help link must point: the rule pages as tagged for this version. */
export const DOCS_BASE_URL = `https://github.com/ai-guard/ai-guard/blob/v${pluginVersion}/docs/rules`;
