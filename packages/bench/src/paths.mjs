import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = join(benchDir, '..', '..');
export const corpusDir = join(benchDir, 'corpus');
export const cacheDir = join(benchDir, '.cache');
export const venvDir = join(benchDir, '.venv');
export const semgrepBinary = join(repoDir, '.venv', 'bin', 'semgrep');
export const packDir = join(repoDir, 'semgrep-rules', 'python');
export const docsDir = join(repoDir, 'docs');
