// pattern: command-line link checker script reading URLs from argv / a file and calling fetch
import { readFile } from 'node:fs/promises';

async function readTargets(args) {
  if (args[0] === '--file') {
    const text = await readFile(args[1], 'utf8');
    return text.split('\n').map((line) => line.trim()).filter(Boolean);
  }
  return args;
}

async function check(url) {
  const started = performance.now();
  try {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
    return { url, status: res.status, finalUrl: res.url, ms: Math.round(performance.now() - started) };
  } catch (err) {
    return { url, status: 'ERR', error: err.message };
  }
}

const targets = await readTargets(process.argv.slice(2));
if (targets.length === 0) {
  console.error('usage: check-links <url...> | --file links.txt');
  process.exit(1);
}

const results = await Promise.all(targets.map(check));
console.table(results);
process.exitCode = results.some((r) => r.status === 'ERR' || r.status >= 400) ? 1 : 0;
