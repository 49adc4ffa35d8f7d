// One ESLint run of one tool over a list of files, in its own process so that peak memory and timing
// belong to that tool alone. Files are read before the clock starts; each file is linted on its own so
// that a rule that throws is recorded as a crash of that file instead of ending the run.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { benchDir } from './paths.mjs';
import { eslintConfigFor } from './tools.mjs';

const require = createRequire(join(benchDir, 'package.json'));
const { ESLint } = require('eslint');

const [tool, listFile, outFile] = process.argv.slice(2);
const files = JSON.parse(readFileSync(listFile, 'utf8'));
const sources = files.map((file) => readFileSync(file, 'utf8'));

const eslint = new ESLint({
  cwd: '/',
  overrideConfigFile: true,
  overrideConfig: eslintConfigFor(tool),
  stats: true,
  ignore: false,
});

const results = [];
const ruleTimes = {};
let parseTime = 0;
const start = process.hrtime.bigint();
for (const [index, file] of files.entries()) {
  try {
    const [result] = await eslint.lintText(sources[index], { filePath: file });
    const fatal = result.messages.find((m) => m.fatal);
    results.push({
      file,
      parseError: fatal ? `${fatal.line}:${fatal.column} ${fatal.message}` : undefined,
      findings: result.messages
        .filter((m) => !m.fatal && m.ruleId)
        .map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, message: m.message })),
    });
    for (const pass of result.stats?.times.passes ?? []) {
      parseTime += pass.parse?.total ?? 0;
      for (const [ruleId, time] of Object.entries(pass.rules ?? {})) ruleTimes[ruleId] = (ruleTimes[ruleId] ?? 0) + time.total;
    }
  } catch (error) {
    results.push({ file, crash: String(error instanceof Error ? error.message : error).split('\n')[0], findings: [] });
  }
}
const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
writeFileSync(
  outFile,
  JSON.stringify({ tool, elapsedMs, parseMs: parseTime, ruleTimes, maxRssKb: process.resourceUsage().maxRSS, results }),
);
