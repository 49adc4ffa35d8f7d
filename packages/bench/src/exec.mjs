import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './paths.mjs';

let counter = 0;

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Removes this process's temporary files (Semgrep's JSON on the real-code corpus runs to tens of MB) and those
 * that runs which ended without cleaning up left behind.
 */
export function removeTempFiles() {
  const dir = join(cacheDir, 'tmp');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = Number(name.split('-')[0]);
    if (pid === process.pid || (Number.isInteger(pid) && pid > 0 && !isAlive(pid)))
      rmSync(join(dir, name), { recursive: true, force: true });
  }
}

export function tempFile(name) {
  const dir = join(cacheDir, 'tmp');
  mkdirSync(dir, { recursive: true });
  counter += 1;
  return join(dir, `${process.pid}-${counter}-${name}`);
}

// Runs a command under a python3 wrapper that reports the peak RSS of the largest descendant
// (semgrep is a Python front end around a native core; ru_maxrss of children covers both).
export function runMeasured(command, args, { env, cwd } = {}) {
  const wrapper =
    'import resource,subprocess,sys,time\n' +
    't=time.perf_counter()\n' +
    'r=subprocess.run(sys.argv[2:],stdout=open(sys.argv[1]+".out","wb"),stderr=subprocess.PIPE)\n' +
    'e=time.perf_counter()-t\n' +
    'sys.stderr.buffer.write(r.stderr[-4000:])\n' +
    'print("%d %d %.3f"%(r.returncode,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,e))\n';
  const stem = tempFile('measured');
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', wrapper, stem, command, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', () => {
      const [code, rss, seconds] = stdout.trim().split(' ').map(Number);
      resolve({ code, maxRssKb: rss, elapsedMs: seconds * 1000, stdout: readFileSync(`${stem}.out`, 'utf8'), stderr });
    });
  });
}

export async function runEslintWorker(tool, files) {
  const list = tempFile('files.json');
  const out = tempFile('result.json');
  writeFileSync(list, JSON.stringify(files));
  const worker = new URL('./eslint-worker.mjs', import.meta.url).pathname;
  const run = await runMeasured(process.execPath, ['--max-old-space-size=8192', worker, tool, list, out]);
  if (run.code !== 0) throw new Error(`eslint worker for ${tool} failed (${run.code}): ${run.stderr.slice(-1500)}`);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  return { ...result, maxRssKb: run.maxRssKb, processMs: run.elapsedMs };
}
