// Runs once per `db` test run, in vitest's main process: gives the run a database of its own and
// hands its URL to the test workers through vitest's provide/inject (tests/db/setup.ts applies it
// to process.env in each worker, before lib/env.ts first reads it).
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";

export type TestEnv = {
  DATABASE_URL: string;
  NEXTAUTH_SECRET: string;
  HASH_SECRET: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    testEnv: TestEnv;
  }
}

const TEST_SECRETS = {
  NEXTAUTH_SECRET: "test-nextauth-secret-not-for-production",
  HASH_SECRET: "test-hash-secret-not-for-production",
} as const;

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Every test file truncates every table: only a database on this machine may be handed to us. */
export function assertLocalDatabaseUrl(url: string): void {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error(`TEST_DATABASE_URL is not a valid URL: refusing to run the db tests against it.`);
  }
  if (!LOCAL_HOSTS.has(host)) {
    throw new Error(
      `TEST_DATABASE_URL points at "${host}", which is not this machine. The db tests empty every table ` +
        `before each file, so they only run against localhost, 127.0.0.1 or ::1. Unset TEST_DATABASE_URL ` +
        `to use a throwaway embedded PostgreSQL instead.`,
    );
  }
}


async function openTestDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) {
    assertLocalDatabaseUrl(configured);
    return { url: configured, stop: async () => {} };
  }
  // The temporary directory itself is the data directory: the embedded library hands it to the
  // `postgres` system user when we run as root, and a subdirectory of a 0700 mkdtemp folder
  // would be out of that user's reach.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "pledgeboard-test-pg-"));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  try {
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: "pledgeboard_test",
      persistent: false,
      log: (line) => console.error(`[embedded-postgres] ${line}`),
    });
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        await removeDir();
      },
    };
  } catch (error) {
    await removeDir();
    throw error;
  }
}

/**
 * applyMigrations (scripts/lib/migrations.ts), run in a child process that exits when done: the
 * engine leaves a timer behind that would keep vitest's main process alive for ten seconds.
 */
async function migrate(url: string): Promise<void> {
  const script = path.join(import.meta.dirname, "apply-migrations.ts");
  try {
    await promisify(execFile)(process.execPath, ["--import", "tsx", script], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      env: { ...process.env, MIGRATE_DATABASE_URL: url },
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`Migrating the test database failed${stderr ? `:\n${stderr}` : ""}`, { cause: error });
  }
}

export default async function setup(project: TestProject) {
  const database = await openTestDatabase();
  try {
    await migrate(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  const testEnv: TestEnv = { DATABASE_URL: database.url, ...TEST_SECRETS };
  project.provide("testEnv", testEnv);
  return async function teardown() {
    await database.stop();
  };
}
