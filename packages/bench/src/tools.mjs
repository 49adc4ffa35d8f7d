// The tools under test, their pinned versions, and the table that maps each peer rule onto one of our
// classes. A peer finding counts for a class only through this table; everything else it reports is
// counted as "other findings" on real code.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { benchDir } from './paths.mjs';

const require = createRequire(join(benchDir, 'package.json'));

export const classes = [
  'jwt-pinned-algorithm',
  'no-cors-wildcard-credentials',
  'no-redirect-fetch',
  'safe-upload-name',
  'no-stack-in-response',
];

export const eslintPeers = ['security', 'sonarjs', 'sdl'];

export const packageOf = {
  baseline: 'eslint',
  'ai-guard': 'eslint-plugin-ai-guard',
  security: 'eslint-plugin-security',
  sonarjs: 'eslint-plugin-sonarjs',
  sdl: '@microsoft/eslint-plugin-sdl',
};

// Peer rule -> our class. Chosen by what the rule documents it detects; empty cells mean the peer
// has no rule for that failure class.
export const peerRuleMap = {
  security: {
    'security/detect-non-literal-fs-filename': 'safe-upload-name',
  },
  sonarjs: {
    'sonarjs/insecure-jwt-token': 'jwt-pinned-algorithm',
    'sonarjs/cors': 'no-cors-wildcard-credentials',
    'sonarjs/file-uploads': 'safe-upload-name',
    'sonarjs/production-debug': 'no-stack-in-response',
  },
  sdl: {},
  bandit: {
    B310: 'no-redirect-fetch',
    B201: 'no-stack-in-response',
  },
};

export function classOf(tool, ruleId) {
  if (!ruleId) return undefined;
  if (tool === 'ai-guard') {
    const id = ruleId.startsWith('ai-guard/') ? ruleId.slice('ai-guard/'.length) : ruleId.split('.').pop();
    return classes.includes(id) ? id : undefined;
  }
  return peerRuleMap[tool]?.[ruleId];
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
      return [...base, require('eslint-plugin-ai-guard').configs.recommended];
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
