import { defineConfig } from 'vitest/config';

// Every suite runs on the embedded engine, and again on a PostgreSQL server when DATABASE_URL is set.
const engines = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    projects: engines.map((engine) => ({
      test: {
        name: engine,
        include: ['packages/*/src/**/*.test.ts'],
        env: { DANVAN_TEST_ENGINE: engine },
        globalSetup: ['packages/server/src/test/global-setup.ts'],
        testTimeout: 60_000,
        hookTimeout: 180_000,
        pool: 'forks',
      },
    })),
  },
});
