import { defineConfig } from 'vitest/config';

// Drives the real CLIs and language server against throwaway npm projects, so every step is slow
// and I/O-bound: files run one after another and share the installs made in `support/projects.ts`.
export default defineConfig({
  test: {
    name: 'integration',
    include: ['**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 180_000,
    hookTimeout: 600_000,
    teardownTimeout: 60_000,
  },
});
