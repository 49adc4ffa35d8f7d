import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/eslint-plugin-ai-guard', 'test'],
  },
});
