import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { findBrokenLinks, GENESIS_HASH } from "@/lib/history/chain";
import { createPledge } from "@/tests/factories";
import { loadChain } from "./helpers";

const APPEND_ONLY = /PledgeEvent is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed/;

async function progress(pledgeId: string, note: string) {
  return db.$transaction((tx) => appendPledgeEvent(tx, { pledgeId, type: "PROGRESS", payload: { note, photos: 2, at: { km: 1.5 } }, actorId: null }));
}

describe("the pledge event log", () => {
  it("appends a whole chain: seq 1..n, each event linked to the one before", async () => {
    const pledge = await createPledge(db, { status: "IN_PROGRESS" });
    await progress(pledge.id, "修好第1处饮水点");
    await progress(pledge.id, "修好第2处饮水点");

    const events = await loadChain(pledge.id);
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    events.slice(1).forEach((event, index) => expect(event.prevHash).toBe(events[index]!.hash));
    expect(findBrokenLinks(events)).toEqual([]);
  });

  it("queues concurrent appends to one pledge instead of forking the chain", async () => {
    const pledge = await createPledge(db, { status: "PUBLISHED" });
    const before = (await loadChain(pledge.id)).length;
    const writers = 10;

    await Promise.all(Array.from({ length: writers }, (_, i) => progress(pledge.id, `并发进展 ${i}`)));

    const events = await loadChain(pledge.id);
    expect(events).toHaveLength(before + writers);
    expect(events.map((event) => event.seq)).toEqual(Array.from({ length: before + writers }, (_, i) => i + 1));
    expect(new Set(events.map((event) => event.prevHash)).size).toBe(events.length);
    expect(findBrokenLinks(events)).toEqual([]);
  });

  it("is refused UPDATE, DELETE and TRUNCATE by the database itself", async () => {
    const pledge = await createPledge(db, { status: "PUBLISHED" });
    const [first] = await db.pledgeEvent.findMany({ where: { pledgeId: pledge.id }, orderBy: { seq: "asc" }, take: 1 });

    await expect(
      db.$executeRawUnsafe(`UPDATE "PledgeEvent" SET "payload" = '{"action":"改过的承诺"}' WHERE "id" = $1`, first!.id),
    ).rejects.toThrow(APPEND_ONLY);
    await expect(db.$executeRawUnsafe(`DELETE FROM "PledgeEvent" WHERE "id" = $1`, first!.id)).rejects.toThrow(APPEND_ONLY);
    await expect(db.$executeRawUnsafe(`TRUNCATE "PledgeEvent"`)).rejects.toThrow(APPEND_ONLY);
    // Through Prisma too (which reports the trigger's restrict_violation as a foreign-key error).
    await expect(db.pledgeEvent.deleteMany({ where: { pledgeId: pledge.id } })).rejects.toThrow();

    expect(await db.pledgeEvent.findUniqueOrThrow({ where: { id: first!.id } })).toEqual(first);
  });

  it("exposes a rewrite made by someone who turned the trigger off", async () => {
    const pledge = await createPledge(db, { status: "IN_PROGRESS" });
    const events = await loadChain(pledge.id);
    expect(findBrokenLinks(events)).toEqual([]);
    const target = events[1]!;

    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "PledgeEvent" DISABLE TRIGGER "pledge_event_no_update_or_delete"`);
      await tx.$executeRawUnsafe(
        `UPDATE "PledgeEvent" SET "payload" = '{"note":"悄悄改过"}' WHERE "pledgeId" = $1 AND "seq" = $2`,
        pledge.id,
        target.seq,
      );
      await tx.$executeRawUnsafe(`ALTER TABLE "PledgeEvent" ENABLE TRIGGER "pledge_event_no_update_or_delete"`);
    });

    expect(findBrokenLinks(await loadChain(pledge.id))).toEqual([target.seq]);
    // The trigger is back on for everyone else.
    await expect(db.$executeRawUnsafe(`DELETE FROM "PledgeEvent" WHERE "pledgeId" = $1`, pledge.id)).rejects.toThrow(APPEND_ONLY);
  });
});
