// How each lib/evaluation function of the matrix is called and what its effect must be (spread
// into drivers.ts), and the evaluation fixtures the rows name (legend in evaluation-cases.ts),
// built on first use on top of the shared world. An allowed write shows in the rows it touches
// (and a fixture it used up is renewed); a refused one leaves them exactly as they were.
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { hashCode, newCodes } from "@/lib/evaluation/codes";
import { generateCodes, voidBatch } from "@/lib/evaluation/mutations/batches";
import { recordMemberBallot } from "@/lib/evaluation/mutations/member-ballots";
import { assessPledge, closeRound, openRound } from "@/lib/evaluation/mutations/rounds";
import { enterFirstTally, enterSecondTally } from "@/lib/evaluation/mutations/tallies";
import * as evaluationQueries from "@/lib/evaluation/queries";
import { hashSecret } from "@/lib/evaluation/secret";
import { createEvaluationRound, createPledge } from "@/tests/factories";
import { outcomeOf } from "../helpers";
import type { EvaluationListFn, EvaluationOneFn, Filter, Outcome } from "./case-table";
import { id } from "./world";

type OneDriver = (actor: Actor, target: string, expected: Outcome) => Promise<void>;
type ListDriver = (actor: Actor, filter: Filter) => Promise<string[]>;

const VILLAGES = ["V000", "V001", "V010", "V100", "X.V000"];
const COUNTS = { SATISFIED: 20, BASICALLY_SATISFIED: 8, DISSATISFIED: 3, UNKNOWN: 1 };
const evaluationIds = new Map<string, string>();
let built: Promise<void> | undefined;

/** The id an evaluation symbol (R.V000, RC.V000, B.V000, TL.V000) stands for; world symbols pass through. */
async function resolve(symbol: string): Promise<string> {
  await (built ??= buildEvaluationWorld());
  return evaluationIds.get(symbol) ?? id(symbol);
}

const villageOf = (symbol: string) => symbol.split(".").slice(1).join(".");

/** An open round of the village with a batch of three codes and a paper tally awaiting its second entry. */
async function renewOpenRound(villageSymbol: string) {
  const villageId = id(villageSymbol);
  const pledges = [
    await createPledge(db, { villageId, status: "DONE", action: `为${villageSymbol}修缮2处牲畜饮水点` }),
    await createPledge(db, { villageId, status: "PARTLY_DONE", action: `为${villageSymbol}硬化村道1公里` }),
  ];
  const round = await createEvaluationRound(db, { villageId, pledgeIds: pledges.map((p) => p.id), groups: ["VILLAGER", "MEMBER"] });
  evaluationIds.set(`R.${villageSymbol}`, round.id);
  await renewBatch(villageSymbol);
  const tally = await db.paperTally.create({
    data: { roundId: round.id, pledgeId: pledges[0]!.id, attendees: 40, firstCounts: COUNTS, photoKey: `ab/${"ab".repeat(16)}.jpg` },
  });
  evaluationIds.set(`TL.${villageSymbol}`, tally.id);
}

async function renewBatch(villageSymbol: string) {
  const roundId = evaluationIds.get(`R.${villageSymbol}`)!;
  const batch = await db.ballotBatch.create({ data: { roundId, group: "VILLAGER", count: 3 } });
  await db.ballotCode.createMany({ data: newCodes(3).map((code) => ({ batchId: batch.id, roundId, codeHash: hashCode(code, hashSecret()) })) });
  evaluationIds.set(`B.${villageSymbol}`, batch.id);
}

async function buildEvaluationWorld() {
  for (const village of VILLAGES) {
    const villageId = id(village);
    const pledge = await createPledge(db, { villageId, status: "DONE", action: `为${village}新建村级文化广场1处` });
    const closed = await createEvaluationRound(db, { villageId, pledgeIds: [pledge.id], status: "CLOSED", opensAt: new Date(Date.now() - 20 * 86_400_000) });
    evaluationIds.set(`RC.${village}`, closed.id);
    await renewOpenRound(village);
  }
}

/** A read of one row: ok returns it; a refusal says nothing but its code. */
const read =
  (call: (actor: Actor, id: string) => Promise<{ id: string }>): OneDriver =>
  async (actor, target, expected) => {
    const targetId = await resolve(target);
    const outcome = await outcomeOf(() => call(actor, targetId));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") expect((outcome.value as { id: string }).id).toBe(targetId);
    else expect(outcome).toMatchObject({ message: outcome.code });
  };

/** Everything an evaluation write could have touched in a round. */
async function snapshot(roundId: string) {
  const [round, codes, ballots, tallies, batches, pledges] = await Promise.all([
    db.evaluationRound.findUniqueOrThrow({ where: { id: roundId } }),
    db.ballotCode.findMany({ where: { roundId }, orderBy: { id: "asc" } }),
    db.ballot.count({ where: { roundId } }),
    db.paperTally.findMany({ where: { roundId }, orderBy: { id: "asc" } }),
    db.ballotBatch.findMany({ where: { roundId }, orderBy: { id: "asc" } }),
    db.evaluationRoundPledge.findMany({ where: { roundId }, select: { pledge: { select: { id: true, assessment: true, version: true, _count: { select: { events: true } } } } } }),
  ]);
  return { round, codes, ballots, tallies, batches, pledges };
}

/** A write on a round (the target names it): ok shows `effect` (then `renew` puts the fixture back); a refusal changes nothing. */
const roundWrite =
  (
    change: (actor: Actor, roundId: string, target: string) => Promise<unknown>,
    effect: (before: Awaited<ReturnType<typeof snapshot>>, after: Awaited<ReturnType<typeof snapshot>>) => void,
    renew?: (target: string) => Promise<void>,
  ): OneDriver =>
  async (actor, target, expected) => {
    const roundId = await resolve(target);
    const before = await snapshot(roundId);
    const outcome = await outcomeOf(() => change(actor, roundId, target));
    expect(outcome.code).toBe(expected);
    const after = await snapshot(roundId);
    if (outcome.code !== "ok") {
      expect(outcome).toMatchObject({ message: outcome.code });
      return void expect(after).toEqual(before);
    }
    effect(before, after);
    await renew?.(target);
  };

const tallyFields = (pledgeId: string, counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).map(([rating, n]) => [`count:${pledgeId}:${rating}`, String(n)]));

export const EVALUATION_ONE: Record<EvaluationOneFn, OneDriver> = {
  async listRounds(actor, target, expected) {
    const villageId = await resolve(target);
    const outcome = await outcomeOf(() => evaluationQueries.listRounds(actor, villageId));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") expect((outcome.value as { id: string }[]).map((r) => r.id)).toContain(await resolve(`R.${target}`));
  },

  async listEvaluablePledges(actor, target, expected) {
    const villageId = await resolve(target);
    const outcome = await outcomeOf(() => evaluationQueries.listEvaluablePledges(actor, villageId));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") {
      const { pledges, unclosedRoundId } = outcome.value as { pledges: { id: string }[]; unclosedRoundId: string | null };
      expect(pledges.length).toBeGreaterThan(0);
      expect(unclosedRoundId).toBe(await resolve(`R.${target}`));
    }
  },

  getRound: read(evaluationQueries.getRound),
  getSecondEntrySheet: read(evaluationQueries.getSecondEntrySheet),
  getTallyPhoto: read(evaluationQueries.getTallyPhoto),

  async openRound(actor, target, expected) {
    const villageId = await resolve(target);
    // One unclosed round per village: the fixture steps aside while a new one may be opened.
    const parked = await resolve(`R.${target}`);
    await db.evaluationRound.update({ where: { id: parked }, data: { status: "CLOSED" } });
    const before = await db.evaluationRound.count({ where: { villageId } });
    try {
      const pledgeId = (await db.evaluationRoundPledge.findFirstOrThrow({ where: { roundId: parked } })).pledgeId;
      const outcome = await outcomeOf(() =>
        openRound(actor, {
          villageId, pledgeIds: [pledgeId], groups: ["VILLAGER"],
          opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        }),
      );
      expect(outcome.code).toBe(expected);
      const opened = await db.evaluationRound.findMany({ where: { villageId, status: { not: "CLOSED" } } });
      if (outcome.code === "ok") {
        expect(opened).toMatchObject([{ id: (outcome.value as { id: string }).id, createdById: actor.userId }]);
        await db.evaluationRound.update({ where: { id: opened[0]!.id }, data: { status: "CLOSED", closedAt: new Date() } });
      } else {
        expect(opened).toEqual([]);
        expect(await db.evaluationRound.count({ where: { villageId } })).toBe(before);
      }
    } finally {
      await db.evaluationRound.update({ where: { id: parked }, data: { status: "OPEN" } });
    }
  },

  generateCodes: roundWrite(
    (actor, roundId) => generateCodes(actor, { roundId, group: "VILLAGER", count: 2 }),
    (before, after) => expect(after.codes.length).toBe(before.codes.length + 2),
  ),

  async voidBatch(actor, target, expected) {
    const batchId = await resolve(target);
    const village = villageOf(target);
    const roundId = await resolve(`R.${village}`);
    const before = await snapshot(roundId);
    const outcome = await outcomeOf(() => voidBatch(actor, { id: batchId, reason: "送往牧点途中遗失", confirm: "yes" }));
    expect(outcome.code).toBe(expected);
    const after = await snapshot(roundId);
    if (outcome.code !== "ok") return void expect(after).toEqual(before);
    expect(after.batches.find((b) => b.id === batchId)).toMatchObject({ voidReason: "送往牧点途中遗失" });
    expect(after.codes.filter((code) => code.batchId === batchId).every((code) => code.status === "VOID")).toBe(true);
    await renewBatch(village);
  },

  recordMemberBallot: roundWrite(
    async (actor, roundId) => {
      const pledgeIds = (await db.evaluationRoundPledge.findMany({ where: { roundId } })).map((p) => p.pledgeId);
      return recordMemberBallot(actor, { roundId, ...Object.fromEntries(pledgeIds.map((pledgeId) => [`rating:${pledgeId}`, "SATISFIED"])) });
    },
    (before, after) => expect(after.ballots).toBe(before.ballots + 1),
  ),

  enterFirstTally: roundWrite(
    async (actor, roundId) => {
      const tally = await db.paperTally.findFirstOrThrow({ where: { roundId } });
      return enterFirstTally(actor, { roundId, attendees: "41", ...tallyFields(tally.pledgeId, { ...COUNTS, UNKNOWN: 2 }) });
    },
    (_before, after) => expect(after.tallies).toMatchObject([{ attendees: 41, firstCounts: { ...COUNTS, UNKNOWN: 2 }, status: "AWAITING_SECOND_ENTRY" }]),
  ),

  enterSecondTally: roundWrite(
    async (actor, roundId) => {
      const tally = await db.paperTally.findFirstOrThrow({ where: { roundId } });
      return enterSecondTally(actor, { roundId, attendees: String(tally.attendees), ...tallyFields(tally.pledgeId, tally.firstCounts as Record<string, number>) });
    },
    (_before, after) => expect(after.tallies).toMatchObject([{ status: "CONFIRMED" }]),
    async (target) => {
      await db.paperTally.updateMany({ where: { roundId: await resolve(target) }, data: { status: "AWAITING_SECOND_ENTRY", secondById: null, secondAttendees: null } });
    },
  ),

  assessPledge: roundWrite(
    async (actor, roundId) => {
      const { pledge } = await db.evaluationRoundPledge.findFirstOrThrow({ where: { roundId }, select: { pledge: { select: { id: true, version: true } } } });
      return assessPledge(actor, { roundId, pledgeId: pledge.id, version: pledge.version, assessment: "PARTLY_FULFILLED" });
    },
    (_before, after) => expect(after.pledges[0]!.pledge.assessment).toBe("PARTLY_FULFILLED"),
  ),

  closeRound: roundWrite(
    async (actor, roundId) => closeRound(actor, { id: roundId, version: (await db.evaluationRound.findUniqueOrThrow({ where: { id: roundId } })).version, confirm: "yes" }),
    (_before, after) => expect(after.round).toMatchObject({ status: "CLOSED" }),
    (target) => renewOpenRound(villageOf(target)),
  ),
};

export const EVALUATION_LIST: Record<EvaluationListFn, { call: ListDriver; by: "id" | "name" }> = {
  // Read back as the villages the waiting rounds belong to.
  listTallyQueue: {
    by: "id",
    call: async (actor) => {
      await resolve("V000");
      return (await evaluationQueries.listTallyQueue(actor)).map((round) => round.village.id);
    },
  },
};
