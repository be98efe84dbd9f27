// The client factories write through: the root client or a transaction client. Factories that
// write several rows use the caller's transaction when given one, and their own otherwise.
import type { Tx } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type DbClient = PrismaClient | Tx;

function isRootClient(db: DbClient): db is PrismaClient {
  // A transaction client has no $connect.
  return typeof (db as { $connect?: unknown }).$connect === "function";
}

/** Runs `work` in the caller's transaction, or opens one on a root client. */
export async function inTransaction<T>(db: DbClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (isRootClient(db)) return db.$transaction((tx) => work(tx), { timeout: 120_000, maxWait: 60_000 });
  return work(db);
}
