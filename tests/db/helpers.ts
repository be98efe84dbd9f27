// Small helpers for the db tests that tests/factories/ (shared with the seed) has no need of.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isAppError, type AppErrorCode } from "@/lib/errors";
import type { StoredEvent } from "@/lib/history/chain";

/** The actor a signed-in account acts as: what lib/session.ts builds from the same row. */
export async function actorFor(userId: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, role: true, prefectureId: true, countyId: true, townshipId: true, villageId: true, departmentId: true },
  });
  const { id, ...rest } = user;
  return { userId: id, ...rest };
}

/** A pledge's history as stored, in the shape findBrokenLinks checks. */
export async function loadChain(pledgeId: string): Promise<StoredEvent[]> {
  const rows = await db.pledgeEvent.findMany({ where: { pledgeId }, orderBy: { seq: "asc" } });
  return rows.map(({ pledgeId, seq, type, payload, actorId, createdAt, prevHash, hash }) => ({
    pledgeId, seq, type, payload, actorId, createdAt, prevHash, hash,
  }));
}

export type Outcome =
  | { code: "ok"; value: unknown }
  | { code: AppErrorCode; message: string; field: string | undefined };

/** What the caller of a data-layer function sees: its value, or the AppError it threw. Anything else is rethrown. */
export async function outcomeOf(work: Promise<unknown> | (() => Promise<unknown>)): Promise<Outcome> {
  try {
    return { code: "ok", value: await (typeof work === "function" ? work() : work) };
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, field: error.field };
    throw error;
  }
}
