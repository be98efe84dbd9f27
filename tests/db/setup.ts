// Runs in each test worker before each db test file: points the app at the run's database and
// starts the file from empty tables.
import { afterAll, beforeAll, inject } from "vitest";

// Before anything touches lib/env.ts (which reads process.env once, lazily): whatever
// DATABASE_URL the developer's shell holds, these tests only ever use the one the global setup
// made (tests/db/global-setup.ts).
Object.assign(process.env, inject("testEnv"));

const { db } = await import("@/lib/db");

/**
 * Empties every table but Prisma's migration ledger, and restarts the id sequences.
 *
 * Invariant: PledgeEvent is append-only. A trigger (migration 20261125122445_init,
 * "pledge_event_no_truncate" / "pledge_event_no_update_or_delete") refuses UPDATE, DELETE and
 * TRUNCATE of it, for every user. Only a superuser may step around it, by setting
 * session_replication_role = replica, under which ordinary triggers do not fire. We do that with
 * SET LOCAL inside one transaction, so the setting ends with the truncate and no test ever runs
 * with the trigger off unless it turns it off itself. The embedded server's user is a superuser;
 * a TEST_DATABASE_URL whose user is not will fail here, loudly, rather than leave data behind.
 */
async function emptyDatabase(): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map(({ tablename }) => `"${tablename.replaceAll('"', '""')}"`).join(", ");
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await tx.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
  });
}

beforeAll(emptyDatabase);

afterAll(async () => {
  await db.$disconnect();
});
