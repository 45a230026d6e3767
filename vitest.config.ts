import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // Limits sized for a slow, busy 2-core machine: a test is never a hidden timing test.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // CI also writes JSON, from which .ci/run prints one closing "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/unit.json' },
  },
});
