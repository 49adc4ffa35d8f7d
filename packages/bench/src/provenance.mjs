// Which code a report measured: the commit, and whether the working tree differed from it when the run started.
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
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
