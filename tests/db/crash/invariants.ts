// What must hold after the writer process died mid-burst, read straight from the tables: every
// record whole or absent, every history chain verifying, every spent code matched by a ballot
// with all its votes (and no ballot without its spent code), every roster file all in or all
// out, and every write the writer reported as done really there.
import { db } from "@/lib/db";
import { hashCode, normaliseCode } from "@/lib/evaluation/codes";
import { hashSecret } from "@/lib/evaluation/secret";
import { verifyAllChains } from "@/lib/history/verify";
import type { CrashPlan } from "./plan";

export type Acked = Record<"publish" | "ballot" | "import" | "draft", Set<string>>;
export type Outcome = { problems: string[]; done: Record<keyof Acked, number> };

async function chains(problems: string[]) {
  const report = await verifyAllChains();
  for (const chain of report.broken) {
    problems.push(chain.firstBrokenSeq === null ? `pledge ${chain.pledgeId} has no history` : `pledge ${chain.pledgeId}: history broken at event ${chain.firstBrokenSeq}`);
  }
}

/** Spent codes and cast ballots agree per round and group; each ballot rates every pledge of its round exactly once. */
async function ballots(problems: string[]) {
  const codes = await db.$queryRaw<{ roundId: string; group: string; used: number; undated: number; stray: number }[]>`
    SELECT c."roundId", b."group"::text AS "group", count(*) FILTER (WHERE c.status = 'USED')::int AS used,
           count(*) FILTER (WHERE c.status = 'USED' AND c."usedAt" IS NULL)::int AS undated,
           count(*) FILTER (WHERE c.status <> 'USED' AND c."usedAt" IS NOT NULL)::int AS stray
    FROM "BallotCode" c JOIN "BallotBatch" b ON b.id = c."batchId" GROUP BY 1, 2`;
  const cast = await db.$queryRaw<{ roundId: string; group: string; ballots: number }[]>`
    SELECT "roundId", "group"::text AS "group", count(*)::int AS ballots FROM "Ballot" WHERE channel = 'CODE' GROUP BY 1, 2`;
  const key = (row: { roundId: string; group: string }) => `${row.roundId}/${row.group}`;
  const castBy = new Map(cast.map((row) => [key(row), row.ballots]));
  for (const row of codes) {
    const ballotsCast = castBy.get(key(row)) ?? 0;
    castBy.delete(key(row));
    if (row.used !== ballotsCast) problems.push(`round ${key(row)}: ${row.used} codes spent but ${ballotsCast} ballots cast`);
    if (row.undated || row.stray) problems.push(`round ${key(row)}: ${row.undated} spent codes without a day, ${row.stray} unspent codes with one`);
  }
  for (const [where, count] of castBy) problems.push(`round ${where}: ${count} ballots cast with no code spent`);
  const partial = await db.$queryRaw<{ id: string; votes: number; pledges: number; expected: number }[]>`
    SELECT b.id, count(v.id)::int AS votes, count(DISTINCT v."pledgeId")::int AS pledges,
           (SELECT count(*)::int FROM "EvaluationRoundPledge" rp WHERE rp."roundId" = b."roundId") AS expected
    FROM "Ballot" b LEFT JOIN "Vote" v ON v."ballotId" = b.id
    GROUP BY b.id, b."roundId"
    HAVING count(v.id) <> (SELECT count(*) FROM "EvaluationRoundPledge" rp WHERE rp."roundId" = b."roundId")
        OR count(DISTINCT v."pledgeId") <> count(v.id)`;
  for (const ballot of partial) problems.push(`ballot ${ballot.id} has ${ballot.votes} votes on ${ballot.pledges} pledges; its round has ${ballot.expected}`);
}

/** Each pledge to publish is either still submitted, untouched, or published with both events and one version more. */
async function publishes(plan: CrashPlan, problems: string[], acked: Set<string>) {
  if (plan.publish.length === 0) return 0;
  const rows = await db.$queryRaw<{ id: string; status: string; version: number; publishedAt: Date | null; types: string[] }[]>`
    SELECT p.id, p.status::text AS status, p.version, p."publishedAt", array_agg(e.type::text ORDER BY e.seq) AS types
    FROM "Pledge" p JOIN "PledgeEvent" e ON e."pledgeId" = p.id
    WHERE p.id = ANY(${plan.publish.map((p) => p.id)}) GROUP BY p.id`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  let published = 0;
  for (const { id, version } of plan.publish) {
    const row = byId.get(id);
    const types = row?.types.join(",");
    if (row?.status === "SUBMITTED" && row.version === version && !row.publishedAt && types === "CREATED,SUBMITTED") {
      if (acked.has(id)) problems.push(`pledge ${id} was reported published but is still submitted`);
    } else if (row?.status === "PUBLISHED" && row.version === version + 1 && row.publishedAt && types === "CREATED,SUBMITTED,APPROVED,PUBLISHED") {
      published++;
    } else {
      problems.push(`pledge ${id} is half published: ${row ? `${row.status} v${row.version}, publishedAt ${row.publishedAt?.toISOString() ?? "none"}, events ${types}` : "gone"}`);
    }
  }
  return published;
}

/** Each roster file made its village, every member and the secretary's account, or none of them. */
async function imports(plan: CrashPlan, problems: string[], acked: Set<string>) {
  let whole = 0;
  for (const file of plan.imports) {
    const village = await db.village.findFirst({ where: { townshipId: file.townshipId, name: file.village }, select: { id: true } });
    const members = await db.member.count({ where: { name: { startsWith: file.memberPrefix } } });
    const inVillage = village ? await db.member.count({ where: { villageId: village.id, name: { startsWith: file.memberPrefix } } }) : 0;
    const account = await db.user.count({ where: { phone: file.secretaryPhone, ...(village ? { villageId: village.id } : {}) } });
    if (village && inVillage === file.members && members === file.members && account === 1) whole++;
    else if (!village && members === 0 && account === 0) {
      if (acked.has(file.name)) problems.push(`${file.name} was reported imported but is not there`);
    } else {
      problems.push(`${file.name} is half imported: village ${village ? "there" : "missing"}, ${members} of ${file.members} members, ${account} secretary accounts`);
    }
  }
  return whole;
}

/** Each new draft is there with its CREATED event (a pledge without history fails the chain check), or not at all. */
async function drafts(plan: CrashPlan, problems: string[], acked: Set<string>) {
  const rows = await db.pledge.findMany({ where: { id: { in: plan.drafts.ids } }, select: { id: true, status: true, version: true, _count: { select: { events: true } } } });
  for (const row of rows) {
    if (row.status !== "DRAFT" || row.version !== 1 || row._count.events !== 1) problems.push(`draft ${row.id} is ${row.status} v${row.version} with ${row._count.events} events`);
  }
  const there = new Set(rows.map((row) => row.id));
  for (const id of acked) if (!there.has(id)) problems.push(`draft ${id} was reported saved but is not there`);
  return rows.length;
}

async function spentCodes(plan: CrashPlan, acked: Set<string>, problems: string[]) {
  const hashes = [...acked].map((code) => hashCode(normaliseCode(code), hashSecret()));
  const used = await db.ballotCode.count({ where: { codeHash: { in: hashes }, status: "USED" } });
  if (used !== acked.size) problems.push(`${acked.size - used} ballots reported cast have an unspent code`);
  return db.ballot.count({ where: { roundId: plan.ballots.roundId } });
}

export async function crashInvariants(plan: CrashPlan, acked: Acked): Promise<Outcome> {
  const problems: string[] = [];
  await chains(problems);
  await ballots(problems);
  const done = {
    publish: await publishes(plan, problems, acked.publish),
    ballot: await spentCodes(plan, acked.ballot, problems),
    import: await imports(plan, problems, acked.import),
    draft: await drafts(plan, problems, acked.draft),
  };
  return { problems, done };
}
