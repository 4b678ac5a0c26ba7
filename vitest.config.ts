import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // A few tests spawn the built CLI or store processes; keep parallelism modest on a 2-core machine.
    maxWorkers: 2,
    // Test files share a worker's loaded modules: most CLI tests run the program in-process, and
    // loading the sources again for every file cost more than the tests themselves. No test changes
    // a module's state for the next (the environment goes to the program through its context).
    isolate: false,
    // In-process runs read the time zone from this process: study days must not depend on the machine's.
    // URI file names on, as src/store/connection.ts turns them on when it loads better-sqlite3's addon:
    // here a test may load the addon first (through better-sqlite3's own lookup), and the addon reads
    // the variable only then.
    env: { TZ: 'UTC', SQLITE_USE_URI: '1' },
    testTimeout: 20_000,
  },
});
