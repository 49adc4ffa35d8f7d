// The tools under test, their pinned versions, and the table that maps each peer rule onto one of our
// classes. A peer finding counts for a class only through this table; everything else it reports is
// counted as "other findings" on real code. The classes themselves come from the plugin's catalog.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { classes, pluginDir } from './catalog.mjs';
import { benchDir } from './paths.mjs';

const require = createRequire(join(benchDir, 'package.json'));

export { classes };

export const eslintPeers = ['security', 'sonarjs', 'sdl'];

export const packageOf = {
  baseline: 'eslint',
  'ai-guard': 'eslint-plugin-ai-guard',
  security: 'eslint-plugin-security',
  sonarjs: 'eslint-plugin-sonarjs',
  sdl: '@microsoft/eslint-plugin-sdl',
};

// Peer rule -> our class or classes. Chosen by what the rule documents it detects; a class a peer has no
// rule for stays empty (eslint-plugin-security has no SQL rule, sonarjs none for SSRF, sdl none of ours).
// bandit B310 (urllib.urlopen of a non-constant URL) documents both halves of SSRF, so it counts for both
// URL classes.
export const peerRuleMap = {
  security: {
    'security/detect-non-literal-fs-filename': 'safe-upload-name',
  },
  sonarjs: {
    'sonarjs/insecure-jwt-token': 'jwt-pinned-algorithm',
    'sonarjs/cors': 'no-cors-wildcard-credentials',
    'sonarjs/file-uploads': 'safe-upload-name',
    'sonarjs/production-debug': 'no-stack-in-response',
    'sonarjs/sql-queries': 'no-sql-string-build',
  },
  sdl: {},
  bandit: {
    B310: ['no-redirect-fetch', 'no-unvalidated-url-fetch'],
    B201: 'no-stack-in-response',
    B608: 'no-sql-string-build',
  },
};

/** The classes a finding counts for: ai-guard by its ESLint-style rule id, peers through `peerRuleMap`. */
export function classesOf(tool, ruleId) {
  if (!ruleId) return [];
  const mapped =
    tool === 'ai-guard'
      ? ruleId.startsWith('ai-guard/')
        ? [ruleId.slice('ai-guard/'.length)]
        : []
      : [peerRuleMap[tool]?.[ruleId] ?? []].flat();
  return mapped.filter((cls) => classes.includes(cls));
}

/** The peer rules mapped to one class, for the report's mapping table. */
export function peerRulesFor(tool, cls) {
  return Object.entries(peerRuleMap[tool] ?? {})
    .filter(([, target]) => [target].flat().includes(cls))
    .map(([rule]) => rule);
}

export function versionOf(pkg) {
  try {
    return require(`${pkg}/package.json`).version;
  } catch {
    return 'unknown';
  }
}

function baseConfig(tsParser) {
  return [
    {
      files: ['**/*.js', '**/*.mjs', '**/*.jsx'],
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { files: ['**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    {
      files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'],
      languageOptions: { parser: tsParser, sourceType: 'module' },
    },
    // Real code carries its own eslint-disable comments for its own rule sets; every tool sees the code as written.
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
  ];
}

export function eslintConfigFor(tool) {
  const tsParser = require('@typescript-eslint/parser');
  const base = baseConfig(tsParser);
  switch (tool) {
    case 'baseline':
      return base;
    case 'ai-guard':
      return [...base, ...require(pluginDir).configs.recommended];
    case 'security':
      return [...base, require('eslint-plugin-security').configs.recommended];
    case 'sonarjs':
      return [...base, require('eslint-plugin-sonarjs').configs.recommended];
    case 'sdl':
      return [...base, ...require('@microsoft/eslint-plugin-sdl').configs.recommended];
    default:
      throw new Error(`unknown tool ${tool}`);
  }
}
