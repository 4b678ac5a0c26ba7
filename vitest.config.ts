import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // CLI tests spawn the built binary; keep parallelism modest on a 2-core machine.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
