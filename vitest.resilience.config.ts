import { defineConfig } from 'vitest/config';

// `npm run test:resilience`: crash safety, hostile input and load, one file at a time so the load
// figures are not shared with another test's work.
export default defineConfig({
  test: {
    include: ['tests/resilience/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 300_000,
  },
});
