// Which code a report measured: the commit, and whether the working tree differed from it when the run started.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pluginDir } from './catalog.mjs';
import { cacheDir, repoDir } from './paths.mjs';

const cachePrefix = relative(repoDir, cacheDir) + '/';

function git(args) {
  return execFileSync('git', args, { cwd: repoDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

export function provenance() {
  try {
    const commit = git(['rev-parse', 'HEAD']).trim();
    // -uall lists untracked files one by one, so an untracked folder that only holds the download cache drops out.
    const changed = git(['status', '--porcelain', '-uall'])
      .split('\n')
      .filter(Boolean)
      .filter((line) => !line.slice(3).startsWith(cachePrefix));
    return { commit, dirty: changed.length > 0, changedPaths: changed };
  } catch {
    return { commit: 'unknown (not a git checkout)', dirty: null, changedPaths: [] };
  }
}

function hashTree(dir) {
  const hash = createHash('sha256');
  const visit = (sub) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(sub, entry.name);
      if (entry.isDirectory()) visit(path);
      else
        hash
          .update(path)
          .update('\0')
          .update(readFileSync(join(dir, path)))
          .update('\0');
    }
  };
  if (existsSync(dir)) visit('');
  return hash.digest('hex');
}

/** A hash of the built plugin the ESLint workers load: compared at the end of a run to catch a rebuild mid-run. */
export function pluginDistHash() {
  return hashTree(join(pluginDir, 'dist'));
}
