import { defineConfig } from 'vitest/config';

const neo4jProject = {
  globalSetup: ['tests/support/global-setup.ts'],
  // One Neo4j Community database is shared: files run one after another.
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      // Unit tests that run the extraction pipeline take seconds on a loaded machine; speed is benchmarked, not asserted.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'integration', include: ['tests/integration/**/*.int.test.ts'], ...neo4jProject } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.test.ts'], ...neo4jProject } },
    ],
  },
});
