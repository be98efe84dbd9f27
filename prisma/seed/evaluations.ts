// Evaluation (评议) in the villages whose round is open or closed, shaped as lib/evaluation makes
// it: villagers vote with one-time codes (a code keeps only the day it was used), members through
// the secretary, and the mass meeting's paper tally is entered twice (the open round's first entry
// still waits for the township). Closing a round records its counts in each pledge's history
// (EVALUATED); the branch, through its secretary, then assesses each pledge.
import type { Tx } from "@/lib/db";
import { evaluatedPayload } from "@/lib/evaluation/results";
import { loadRoundResults } from "@/lib/evaluation/round-results";
import type { Assessment, PledgeStatus, Rating } from "@/lib/generated/prisma/client";
import { appendPledgeEvent } from "@/lib/history/append-event";
import {
  addDays,
  closeEvaluationRound,
  createBallotBatch,
  createBallots,
  createEvaluationRound,
  createPaperTally,
  day,
  FINISHED_STATUSES,
  randomHex,
  type Rng,
  type TallyCounts,
} from "@/tests/factories";
import { earliest, workMoment } from "./moments";
import type { VillageContext } from "./places-and-accounts";
import type { CreatedPledge } from "./pledges";
import { NOW } from "./settings";
import type { VillageShape } from "./village-shape";

const RATING_WEIGHTS: Record<"DONE" | "PARTLY_DONE" | "NOT_DONE", readonly [number, number, number, number]> = {
  DONE: [62, 26, 5, 7],
  PARTLY_DONE: [28, 38, 22, 12],
  NOT_DONE: [8, 22, 52, 18],
};
const RATINGS: readonly Rating[] = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"];
const VOTE_COMMENTS: Record<Rating, readonly string[]> = {
  SATISFIED: ["说到做到", "党员带头，群众看得见", "办得实在", "感谢支部"],
  BASICALLY_SATISFIED: ["基本办成了，还有点小问题", "希望以后多听听群众意见", "进度慢了些"],
  DISSATISFIED: ["说了没做", "进度太慢", "没看到实际效果"],
  UNKNOWN: ["不太清楚这件事"],
};

function ratingWeights(rng: Rng, status: PledgeStatus): (readonly [Rating, number])[] {
  const base = RATING_WEIGHTS[status as keyof typeof RATING_WEIGHTS] ?? RATING_WEIGHTS.DONE;
  // Each pledge is judged a little differently.
  return RATINGS.map((rating, i) => [rating, Math.max(1, base[i]! * (0.7 + rng.float() * 0.6))] as const);
}

/** A used code keeps only its day (UTC midnight), as lib/evaluation/ballot.ts stores it. */
const dayOnly = (instant: Date) => new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));

function tallyCounts(rng: Rng, weights: (readonly [Rating, number])[], votes: number): TallyCounts {
  const counts: TallyCounts = { SATISFIED: 0, BASICALLY_SATISFIED: 0, DISSATISFIED: 0, UNKNOWN: 0 };
  for (let i = 0; i < votes; i++) counts[rng.weighted(weights)] += 1;
  return counts;
}

/** A round over the village's finished pledges, with its ballots; a closed one also with paper tallies and assessments. */
export async function writeEvaluation(
  tx: Tx,
  rng: Rng,
  ctx: VillageContext,
  shape: VillageShape,
  created: readonly CreatedPledge[],
  members: readonly { isActive: boolean }[],
): Promise<{ rounds: number; ballots: number }> {
  const { openRound, unanimous } = shape;
  const evaluatedPledges = created.filter((p) => FINISHED_STATUSES.includes(p.status));
  if (evaluatedPledges.length === 0) return { rounds: 0, ballots: 0 };
  const opensAt = openRound ? workMoment(rng, day("2026-11-20"), day("2026-11-21")) : workMoment(rng, day("2026-11-05"), day("2026-11-09"));
  const closesAt = addDays(opensAt, openRound ? 14 : 7);
  const votingEnds = earliest(closesAt, NOW);
  const round = await createEvaluationRound(
    tx,
    { campaignId: ctx.campaignId, villageId: ctx.villageId, status: "OPEN", opensAt, closesAt, groups: ["VILLAGER", "MEMBER"], pledgeIds: evaluatedPledges.map((p) => p.id) },
    { actorId: ctx.secretaryId },
  );
  const weights = new Map(evaluatedPledges.map((p) => [p.id, unanimous ? ([["SATISFIED", 1]] as (readonly [Rating, number])[]) : ratingWeights(rng, p.status)]));
  const vote = (pledgeId: string) => {
    const rating = rng.weighted(weights.get(pledgeId)!);
    return { pledgeId, rating, comment: rng.chance(0.06) ? rng.pick(VOTE_COMMENTS[rating]) : null };
  };

  const villagerBallots = Math.min(90, Math.round(ctx.households * (openRound ? 0.12 : 0.25 + rng.float() * 0.2)));
  await createBallotBatch(
    tx,
    { roundId: round.id, group: "VILLAGER", count: Math.min(ctx.households, villagerBallots + rng.int(15, 40)), createdById: ctx.secretaryId, createdAt: addDays(opensAt, -2) },
    { used: villagerBallots, usedAt: dayOnly(addDays(opensAt, 1)) },
  );
  const sourceTags = Array.from({ length: Math.max(3, Math.round(villagerBallots / 3)) }, () => randomHex(16));
  const memberVoters = members.filter((m) => m.isActive && rng.chance(openRound ? 0.4 : 0.75));
  const ballots = [
    ...Array.from({ length: villagerBallots }, () => ({
      group: "VILLAGER" as const,
      channel: "CODE" as const,
      sourceTag: rng.pick(sourceTags),
      createdAt: rng.between(opensAt, votingEnds),
      votes: evaluatedPledges.map((p) => vote(p.id)),
    })),
    // Members without a phone vote through the secretary.
    ...memberVoters.map(() => ({
      group: "MEMBER" as const,
      channel: "SECRETARY" as const,
      createdAt: rng.between(opensAt, votingEnds),
      votes: evaluatedPledges.map((p) => vote(p.id)),
    })),
  ];
  await createBallots(tx, round.id, ballots);
  const counted = { rounds: 1, ballots: villagerBallots + memberVoters.length };
  const tallied = evaluatedPledges.filter((p) => p.kind === "BRANCH");
  if (openRound) {
    // The mass meeting was held: the secretary entered its tally, the township has yet to.
    const pledge = (tallied.length ? tallied : evaluatedPledges)[0]!;
    const attendees = Math.round(ctx.households * 0.4);
    const meeting = workMoment(rng, addDays(opensAt, 1), addDays(opensAt, 2));
    const firstCounts = tallyCounts(rng, weights.get(pledge.id)!, attendees - rng.int(0, 3));
    const tally = await createPaperTally(tx, { roundId: round.id, pledgeId: pledge.id, group: "VILLAGER", attendees, firstCounts, firstById: ctx.secretaryId, createdAt: meeting });
    await appendPledgeEvent(tx, {
      pledgeId: pledge.id,
      type: "TALLY_ENTERED",
      payload: { roundId: round.id, tallyId: tally.id, entry: "first", group: "VILLAGER", attendees, counts: firstCounts, status: "AWAITING_SECOND_ENTRY" },
      actorId: ctx.secretaryId,
      at: meeting,
    });
    return counted;
  }

  const meeting = workMoment(rng, addDays(opensAt, 2), addDays(opensAt, 4));
  for (const pledge of (tallied.length ? tallied : evaluatedPledges).slice(0, 2)) {
    const attendees = Math.round(ctx.households * (0.35 + rng.float() * 0.25));
    const counts = tallyCounts(rng, weights.get(pledge.id)!, attendees - rng.int(0, 3));
    const tally = await createPaperTally(
      tx,
      { roundId: round.id, pledgeId: pledge.id, group: "VILLAGER", attendees, secondAttendees: attendees, firstCounts: counts, secondCounts: counts, status: "CONFIRMED", firstById: ctx.secretaryId, secondById: ctx.townshipOfficerId, createdAt: meeting },
      { appendEvent: false },
    );
    // Entered twice, by two people: each entry is in the pledge's history.
    const entry = { roundId: round.id, tallyId: tally.id, group: "VILLAGER", attendees, counts };
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "TALLY_ENTERED", payload: { ...entry, entry: "first", status: "AWAITING_SECOND_ENTRY" }, actorId: ctx.secretaryId, at: meeting });
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "TALLY_ENTERED", payload: { ...entry, entry: "second", status: "CONFIRMED" }, actorId: ctx.townshipOfficerId, at: addDays(meeting, 1) });
  }
  await closeEvaluationRound(tx, round.id, { at: closesAt, actorId: ctx.secretaryId });
  const results = (await loadRoundResults([round.id], tx)).get(round.id)!;
  for (const pledge of evaluatedPledges) {
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "EVALUATED", payload: evaluatedPayload(round.id, results.get(pledge.id)!), actorId: ctx.secretaryId, at: closesAt });
  }
  const assessment = { DONE: "FULFILLED", PARTLY_DONE: "PARTLY_FULFILLED", NOT_DONE: "NOT_FULFILLED" } as const satisfies Record<string, Assessment>;
  for (const pledge of evaluatedPledges) {
    const given = assessment[pledge.status as keyof typeof assessment];
    await tx.pledge.update({ where: { id: pledge.id }, data: { assessment: given, version: { increment: 1 } } });
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "ASSESSED", payload: { roundId: round.id, assessment: given }, actorId: ctx.secretaryId, at: addDays(closesAt, 1) });
  }
  return counted;
}
