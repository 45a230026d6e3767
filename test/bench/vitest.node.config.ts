import { defineConfig } from 'vitest/config';

/** The Node half of `npm run bench`: only the bench runners, never part of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/bench/*.bench-run.ts'],
    environment: 'node',
    // One file, timed: no parallel workers competing for the CPU.
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
