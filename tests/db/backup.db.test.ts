// `npm run db:backup` and `npm run db:restore`, run as a person runs them (the scripts, in a
// child process, against this run's database): back up, wipe, restore, and the database is the
// same row for row, with every pledge's history chain ending where it ended and verifying.
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, stat, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyAllChains } from "@/lib/history/verify";
import {
  createBallot, createBallotBatch, createEvaluationRound, createGoodPractice, createMember, createOpinion, createOrgTree, createPaperTally,
  createPlan, createPledge, createProblem, type OrgTree,
} from "@/tests/factories";
import { chooseMethod } from "../../scripts/lib/backup";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SLOW = 90_000;

type Run = { code: number; stdout: string; stderr: string };

/** Runs one of the project's scripts the way npm does, against this run's database (DATABASE_URL from tests/db/setup.ts). */
function runScript(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", script), ...args], { cwd: ROOT, env: process.env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(); // no one at the keyboard: the restore must not wait for an answer
  });
}

type Snapshot = {
  counts: Record<string, number>;
  /** md5 of every row's text, in order: the same rows, value for value, not just as many. */
  digests: Record<string, string>;
  heads: { pledgeId: string; seq: number; hash: string }[];
  sequences: { name: string; lastValue: string | null }[];
};

async function snapshot(): Promise<Snapshot> {
  const tables = await db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`;
  const counts: Record<string, number> = {};
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: number; digest: string }[]>(
      `SELECT count(*)::int AS count, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    counts[name] = row!.count;
    digests[name] = row!.digest;
  }
  const heads = await db.$queryRaw<Snapshot["heads"]>`
    SELECT DISTINCT ON ("pledgeId") "pledgeId", seq, hash FROM "PledgeEvent" ORDER BY "pledgeId", seq DESC`;
  const sequences = await db.$queryRaw<Snapshot["sequences"]>`
    SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`;
  return { counts, digests, heads, sequences };
}

async function wipe() {
  await db.$executeRawUnsafe("DROP SCHEMA public CASCADE");
  await db.$executeRawUnsafe("CREATE SCHEMA public");
}

/** A bit of everything: pledges at every step with their histories, members, a round with codes, ballots and a tally, opinions, a plan, good practice. */
async function seed(tree: OrgTree) {
  const villageId = tree.village.id;
  const who = { actorId: tree.users.villageSecretary.id, reviewerId: tree.users.townshipOfficer.id };
  for (const status of ["DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"] as const) {
    await createPledge(db, { villageId, campaignId: tree.campaignId, status }, who);
  }
  const member = await createMember(db, { villageId, name: "马永福", skills: "养殖、运输" });
  await createPledge(db, { villageId, campaignId: tree.campaignId, memberId: member.id, status: "DONE", quantity: "12.50", unit: "亩" }, who);
  const problem = await createProblem(db, { villageId, campaignId: tree.campaignId, isFocus: true });
  await createPlan(db, { problemId: problem.id });
  await createOpinion(db, { villageId, campaignId: tree.campaignId, body: "含 \"引号\"、反斜杠 \\ 和换行\n的意见" });
  const round = await createEvaluationRound(db, { villageId, campaignId: tree.campaignId });
  const batch = await createBallotBatch(db, { roundId: round.id, count: 8 }, { used: 3 });
  for (let i = 0; i < 3; i++) await createBallot(db, { roundId: round.id, group: batch.group });
  await createPaperTally(db, { roundId: round.id, status: "CONFIRMED" });
  await createGoodPractice(db, { villageId, note: "党员承诺具体实在" });
}

const pgDumpHere = (await chooseMethod(process.env.DATABASE_URL!)).method === "pg_dump";
const methods = ["builtin", ...(pgDumpHere ? ["pg_dump"] : [])] as const;

let dir: string;
let before: Snapshot;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "pledgeboard-backup-test-"));
  await seed(await createOrgTree(db));
  before = await snapshot();
}, SLOW);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(methods)("backup and restore (%s)", (method) => {
  const file = () => path.join(dir, `backup-${method}`);

  it("backs up, wipes, restores: every table has the same rows and every chain the same head, and all chains verify", async () => {
    const { pledges, broken } = await verifyAllChains();
    expect(broken).toEqual([]);
    expect(pledges).toBe(before.counts.Pledge);
    expect(before.counts.PledgeEvent).toBeGreaterThan(30);

    const backup = await runScript("db-backup.ts", ["--method", method, file()]);
    expect(backup.stderr + backup.stdout).toMatch(/Backup written/);
    expect(backup.code).toBe(0);
    expect((await stat(file())).size).toBeGreaterThan(1000);

    await wipe();
    expect(await db.$queryRaw`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`).toEqual([]);

    const restore = await runScript("db-restore.ts", [file(), "--yes"]);
    expect(restore.stderr + restore.stdout).toMatch(/Restored/);
    expect(restore.code).toBe(0);

    const after = await snapshot();
    expect(after.counts).toEqual(before.counts);
    expect(after.heads).toEqual(before.heads);
    expect(after.digests).toEqual(before.digests);
    expect(after.sequences).toEqual(before.sequences);
    const verified = await verifyAllChains();
    expect(verified.broken).toEqual([]);
    expect(verified).toMatchObject({ pledges: before.counts.Pledge, events: before.counts.PledgeEvent });
  }, SLOW);

  it("restores a working database: history append-only again, references enforced, numbering carrying on", async () => {
    await expect(db.$executeRawUnsafe(`DELETE FROM "PledgeEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`INSERT INTO "Vote" (id, "ballotId", "pledgeId", rating) VALUES ('v1', 'no-such-ballot', 'no-such-pledge', 'SATISFIED')`)).rejects.toThrow(/foreign key/);
    const village = await db.village.findFirstOrThrow({ select: { id: true } });
    const highest = await db.pledge.aggregate({ _max: { codeNumber: true } });
    const pledge = await createPledge(db, { villageId: village.id, status: "PUBLISHED" });
    expect(pledge.codeNumber).toBe(highest._max.codeNumber! + 1);
  }, SLOW);

  it("replaces whatever the database holds by then", async () => {
    await db.village.updateMany({ data: { households: { increment: 1 } } });
    await db.$executeRawUnsafe(`CREATE TABLE "LeftOver" (id int)`);
    expect((await snapshot()).digests).not.toEqual(before.digests);

    const restore = await runScript("db-restore.ts", [file(), "--yes"]);
    expect(restore.code).toBe(0);

    const after = await snapshot();
    expect(after.counts).toEqual(before.counts);
    expect(after.digests).toEqual(before.digests);
  }, SLOW);

  it("asks before replacing anything, and with nobody to answer changes nothing", async () => {
    await db.village.updateMany({ data: { households: { increment: 1 } } });
    const changed = await snapshot();

    const restore = await runScript("db-restore.ts", [file()]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/--yes/);
    expect(await snapshot()).toEqual(changed);
  }, SLOW);

  it("refuses a damaged backup and leaves the database as it was", async () => {
    const damaged = path.join(dir, `damaged-${method}`);
    await copyFile(file(), damaged);
    await truncate(damaged, Math.floor((await stat(damaged)).size * 0.6));
    const changed = await snapshot();

    const restore = await runScript("db-restore.ts", [damaged, "--yes"]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/restore failed/i);
    expect(await snapshot()).toEqual(changed);

  }, SLOW);

  it.runIf(method === "builtin")("rolls back when the file breaks off just after the header, while the schema is being rebuilt", async () => {
    const damaged = path.join(dir, "broken-early.jsonl.gz");
    const lines = gunzipSync(await readFile(file())).toString("utf8").split("\n");
    const whole = gzipSync(`${lines.slice(0, 40).join("\n")}\n`);
    await writeFile(damaged, whole.subarray(0, whole.length - 12)); // no gzip trailer: the read fails at once
    const changed = await snapshot();

    const restore = await runScript("db-restore.ts", [damaged, "--yes"]);
    expect(restore.code).toBe(1);
    expect(await snapshot()).toEqual(changed);
  }, SLOW);

  it("puts the backup back (for the next method, and the test files after this one)", async () => {
    expect((await runScript("db-restore.ts", [file(), "--yes"])).code).toBe(0);
    expect((await snapshot()).digests).toEqual(before.digests);
  }, SLOW);
});
