import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashEvent } from "@/lib/history/chain";
import { verifyAllChains } from "@/lib/history/verify";
import { createPledge, createVillage } from "@/tests/factories";
import { loadChain } from "./helpers";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TRIGGER = "pledge_event_no_update_or_delete";

/** What someone with the database password could do: turn the trigger off, change, turn it on. */
async function behindTheAppsBack(sql: string, ...values: unknown[]) {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "PledgeEvent" DISABLE TRIGGER "${TRIGGER}"`);
    await tx.$executeRawUnsafe(sql, ...values);
    await tx.$executeRawUnsafe(`ALTER TABLE "PledgeEvent" ENABLE TRIGGER "${TRIGGER}"`);
  });
}

/** `npm run verify-history` against the test database: its exit code and what it printed. */
async function runScript(): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/verify-history.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

let villageA: { id: string; name: string; slug: string };
let villageB: { id: string; name: string; slug: string };
let edited: { id: string };
let forged: { id: string };
let shortened: { id: string };
let untouched: { id: string }[];

beforeAll(async () => {
  villageA = await createVillage(db, { name: "希望村" });
  villageB = await createVillage(db, { name: "泉水村" });
  // Long chains (published, progress, done) in two villages, plus a short draft chain.
  edited = await createPledge(db, { villageId: villageA.id, status: "DONE" });
  forged = await createPledge(db, { villageId: villageA.id, status: "DONE" });
  shortened = await createPledge(db, { villageId: villageB.id, status: "DONE" });
  untouched = [
    await createPledge(db, { villageId: villageA.id, status: "IN_PROGRESS" }),
    await createPledge(db, { villageId: villageB.id, status: "PUBLISHED", pledgerKind: "MEMBER" }),
    await createPledge(db, { villageId: villageB.id, status: "DRAFT" }),
  ];
});

describe("verify-history", () => {
  it("passes an intact log, counting every chain and event, across batch boundaries", async () => {
    const total = await db.pledgeEvent.count();
    expect(total).toBeGreaterThan(15);
    for (const batchSize of [5000, 3, 1]) {
      const report = await verifyAllChains({ batchSize });
      expect(report).toMatchObject({ pledges: 6, events: total, broken: [] });
    }
    const { code, out } = await runScript();
    expect(out).toMatch(/^History intact: 6 pledge chains, \d+ events, [\d.]+ s\.$/m);
    expect(code).toBe(0);
  });

  it("names the pledge whose event was altered with the trigger turned off, and the event", async () => {
    const chain = await loadChain(edited.id);
    expect(chain.length).toBeGreaterThanOrEqual(5);
    await behindTheAppsBack(
      `UPDATE "PledgeEvent" SET payload = jsonb_set(payload, '{body}', '"已全部完成"') WHERE "pledgeId" = $1 AND seq = $2`,
      edited.id,
      5,
    );

    for (const batchSize of [5000, 2]) {
      const report = await verifyAllChains({ batchSize });
      expect(report.broken).toEqual([
        { pledgeId: edited.id, firstBrokenSeq: 5, village: expect.objectContaining({ name: "希望村", slug: villageA.slug }) },
      ]);
    }
  });

  it("names the pledge when the rewriter also recomputed the altered event's own hash, at the next event", async () => {
    const chain = await loadChain(forged.id);
    const { hash: _old, ...content } = chain[1]!;
    const rewritten = { ...content, payload: { note: "从未提交过" } };
    await behindTheAppsBack(
      `UPDATE "PledgeEvent" SET payload = $1::jsonb, hash = $2 WHERE "pledgeId" = $3 AND seq = 2`,
      JSON.stringify(rewritten.payload),
      hashEvent(rewritten),
      forged.id,
    );
    const report = await verifyAllChains();
    // Event 2 now verifies on its own, but event 3 still names the hash it used to have.
    expect(report.broken.map((c) => [c.pledgeId, c.firstBrokenSeq]).sort()).toEqual([[edited.id, 5], [forged.id, 3]].sort());
  });

  it("names a pledge whose middle event was deleted, at the event after the gap", async () => {
    const before = await loadChain(shortened.id);
    expect(before.length).toBeGreaterThanOrEqual(4);
    await behindTheAppsBack(`DELETE FROM "PledgeEvent" WHERE "pledgeId" = $1 AND seq = 3`, shortened.id);

    const report = await verifyAllChains({ batchSize: 4 });
    expect(report.broken).toHaveLength(3);
    expect(report.broken).toContainEqual({
      pledgeId: shortened.id,
      firstBrokenSeq: 4,
      village: expect.objectContaining({ name: "泉水村", slug: villageB.slug }),
    });
    expect(report.broken.map((c) => c.pledgeId)).not.toEqual(expect.arrayContaining(untouched.map((p) => p.id)));
  });

  it("names a pledge whose whole history was deleted", async () => {
    const [gone] = untouched;
    await behindTheAppsBack(`DELETE FROM "PledgeEvent" WHERE "pledgeId" = $1`, gone!.id);
    const report = await verifyAllChains();
    expect(report.broken).toContainEqual(expect.objectContaining({ pledgeId: gone!.id, firstBrokenSeq: null }));
    expect(report.broken).toHaveLength(4);
  });

  it("npm run verify-history lists each broken pledge with its village and exits non-zero", async () => {
    const { code, out } = await runScript();
    expect(code).toBe(1);
    const lines = out.trim().split("\n");
    expect(lines.filter((line) => line.startsWith("BROKEN"))).toHaveLength(4);
    expect(out).toContain(`希望村 (/v/${villageA.slug})  pledge ${edited.id}  first broken event #5`);
    expect(out).toContain(`希望村 (/v/${villageA.slug})  pledge ${forged.id}  first broken event #3`);
    expect(out).toContain(`泉水村 (/v/${villageB.slug})  pledge ${shortened.id}  first broken event #4`);
    expect(out).toContain(`pledge ${untouched[0]!.id}  no history at all`);
    expect(lines.at(-1)).toMatch(/^History BROKEN: 4 of 6 pledge chains, \d+ events, [\d.]+ s\.$/);
  });
});
