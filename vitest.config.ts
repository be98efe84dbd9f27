import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Two tiers (docs/architecture.md, Tests): `unit` is pure logic, `db` runs the data layer against
// a fresh PostgreSQL started by tests/db/global-setup.ts. Vitest does not read .env, on purpose:
// the db tier gets its database URL and secrets from the global setup, never from a developer's
// environment.
export default defineConfig({
  resolve: {
    alias: [
      // tsconfig's `@/*` paths. A regex, so that scoped packages such as @prisma/* are untouched.
      { find: /^@\//, replacement: `${root}/` },
      // Data-layer files import "server-only" to keep them out of client bundles; under vitest
      // (plain Node) that guard has nothing to guard.
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty.ts") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          environment: "node",
          include: ["tests/db/**/*.db.test.ts"],
          // One database for the whole run, emptied before each file: files must not overlap.
          fileParallelism: false,
          globalSetup: ["tests/db/global-setup.ts"],
          setupFiles: ["tests/db/setup.ts"],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
