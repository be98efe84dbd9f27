// Evaluation (评议): rounds, printed code batches, ballots, the mass meeting's paper tally, and
// the good practice the prefecture picks out.
import { Prisma, type Rating } from "@/lib/generated/prisma/client";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { addDays } from "./dates";
import { inTransaction, type DbClient } from "./db-client";
import { campaignIdFor } from "./internal/current-campaign";
import { createVillage } from "./places";
import { createPledge, FINISHED_STATUSES } from "./pledges";
import { randomHex } from "./seeding";

export type RoundOverrides = Partial<Prisma.EvaluationRoundUncheckedCreateInput> & {
  /** The pledges to evaluate; default: the village's finished (done, partly done, not done) pledges, or a new DONE one. */
  pledgeIds?: string[];
};

/**
 * An evaluation round with its pledges. Default: OPEN since an hour ago for a week, for
 * villagers and members. An OPEN or CLOSED round appends ROUND_OPENED to each pledge's chain
 * (and a CLOSED one ROUND_CLOSED) unless `appendEvents` is false.
 */
export async function createEvaluationRound(db: DbClient, overrides: RoundOverrides = {}, options: { appendEvents?: boolean; actorId?: string | null } = {}) {
  return inTransaction(db, async (tx) => {
    const { pledgeIds: givenPledgeIds, ...data } = overrides;
    let villageId = data.villageId;
    let pledgeIds = givenPledgeIds;
    if (!villageId) {
      if (pledgeIds?.length) {
        villageId = (await tx.pledge.findUniqueOrThrow({ where: { id: pledgeIds[0] }, select: { villageId: true } })).villageId;
      } else {
        const pledge = await createPledge(tx, { status: "DONE" });
        villageId = pledge.villageId;
        pledgeIds = [pledge.id];
      }
    }
    const campaignId = await campaignIdFor(tx, villageId, data.campaignId);
    if (!pledgeIds) {
      const finished = await tx.pledge.findMany({ where: { villageId, campaignId, status: { in: [...FINISHED_STATUSES] } }, select: { id: true }, orderBy: { createdAt: "asc" } });
      pledgeIds = finished.length ? finished.map((p) => p.id) : [(await createPledge(tx, { villageId, campaignId, status: "DONE" })).id];
    }

    const now = Date.now();
    const status = data.status ?? "OPEN";
    const opensAt = data.opensAt ? new Date(data.opensAt) : new Date(now - 3_600_000);
    const closesAt = data.closesAt ? new Date(data.closesAt) : addDays(opensAt, 7);
    const closedAt = data.closedAt !== undefined ? data.closedAt : status === "CLOSED" ? closesAt : null;
    const round = await tx.evaluationRound.create({
      data: {
        groups: ["VILLAGER", "MEMBER"],
        createdById: options.actorId ?? null,
        ...data,
        status,
        opensAt,
        closesAt,
        closedAt,
        villageId,
        campaignId,
        pledges: { createMany: { data: pledgeIds.map((pledgeId) => ({ pledgeId })) } },
      },
    });
    if (options.appendEvents ?? true) {
      for (const pledgeId of pledgeIds) {
        if (status === "SCHEDULED") continue;
        await appendPledgeEvent(tx, { pledgeId, type: "ROUND_OPENED", payload: { roundId: round.id }, actorId: options.actorId ?? null, at: opensAt });
        if (status === "CLOSED") {
          await appendPledgeEvent(tx, { pledgeId, type: "ROUND_CLOSED", payload: { roundId: round.id }, actorId: options.actorId ?? null, at: closedAt ? new Date(closedAt) : closesAt });
        }
      }
    }
    return round;
  });
}

/** Closes a round and appends ROUND_CLOSED to each of its pledges. */
export async function closeEvaluationRound(db: DbClient, roundId: string, options: { at?: Date; actorId?: string | null } = {}) {
  return inTransaction(db, async (tx) => {
    const at = options.at ?? new Date();
    const round = await tx.evaluationRound.update({
      where: { id: roundId },
      data: { status: "CLOSED", closedAt: at, version: { increment: 1 } },
      include: { pledges: { select: { pledgeId: true } } },
    });
    for (const { pledgeId } of round.pledges) {
      await appendPledgeEvent(tx, { pledgeId, type: "ROUND_CLOSED", payload: { roundId }, actorId: options.actorId ?? null, at });
    }
    return round;
  });
}

/**
 * A printed batch of one-time codes (only random hashes are stored, as no plaintext is needed);
 * the first `used` codes are marked USED.
 */
export async function createBallotBatch(db: DbClient, overrides: Partial<Prisma.BallotBatchUncheckedCreateInput> = {}, options: { used?: number; usedAt?: Date } = {}) {
  return inTransaction(db, async (tx) => {
    const roundId = overrides.roundId ?? (await createEvaluationRound(tx)).id;
    const count = overrides.count ?? 20;
    const batch = await tx.ballotBatch.create({ data: { group: "VILLAGER", ...overrides, roundId, count } });
    const used = Math.min(options.used ?? 0, count);
    await tx.ballotCode.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        batchId: batch.id,
        roundId,
        codeHash: randomHex(64),
        status: i < used ? ("USED" as const) : ("ISSUED" as const),
        usedAt: i < used ? (options.usedAt ?? new Date()) : null,
      })),
    });
    return batch;
  });
}

export type BallotOverrides = Partial<Prisma.BallotUncheckedCreateInput> & {
  /** Default: a SATISFIED vote on every pledge of the round. */
  votes?: VoteInput[];
};
type VoteInput = { pledgeId: string; rating: Rating; comment?: string | null };

const voteRow = (vote: VoteInput) => ({ pledgeId: vote.pledgeId, rating: vote.rating, comment: vote.comment ?? null });

/** One submitted ballot (default: a villager's, by code) with its votes. */
export async function createBallot(db: DbClient, overrides: BallotOverrides = {}) {
  const { votes: givenVotes, ...data } = overrides;
  const roundId = data.roundId ?? (await createEvaluationRound(db)).id;
  const votes: VoteInput[] =
    givenVotes ??
    (await db.evaluationRoundPledge.findMany({ where: { roundId }, select: { pledgeId: true } })).map((p) => ({ pledgeId: p.pledgeId, rating: "SATISFIED" as Rating }));
  return db.ballot.create({
    data: {
      group: "VILLAGER",
      channel: "CODE",
      ...data,
      roundId,
      votes: { createMany: { data: votes.map(voteRow) } },
    },
    include: { votes: true },
  });
}

/**
 * Many ballots of one round with their votes, in two statements (for the seed's mass meetings).
 * Returns the ballots without their votes.
 */
export async function createBallots(db: DbClient, roundId: string, ballots: Omit<BallotOverrides, "roundId">[]) {
  if (ballots.length === 0) return [];
  const created = await db.ballot.createManyAndReturn({
    data: ballots.map(({ votes: _votes, ...data }) => ({ group: "VILLAGER" as const, channel: "CODE" as const, ...data, roundId })),
    select: { id: true, group: true, channel: true, createdAt: true },
  });
  created.forEach((ballot, i) => {
    const given = ballots[i]!;
    if ((given.group && ballot.group !== given.group) || (given.createdAt && ballot.createdAt.getTime() !== new Date(given.createdAt).getTime())) {
      throw new Error("createBallots: rows came back out of order");
    }
  });
  await db.vote.createMany({
    data: ballots.flatMap((ballot, i) =>
      (ballot.votes ?? []).map((vote) => ({ ballotId: created[i]!.id, ...voteRow(vote) })),
    ),
  });
  return created;
}

export type TallyCounts = Record<Rating, number>;

/**
 * A paper tally from a mass meeting. Default: awaiting the second entry; pass status CONFIRMED
 * for a confirmed one (second counts equal to the first unless given), which appends
 * TALLY_ENTERED to the pledge's chain.
 */
export async function createPaperTally(
  db: DbClient,
  overrides: Partial<Omit<Prisma.PaperTallyUncheckedCreateInput, "firstCounts" | "secondCounts">> & { firstCounts?: TallyCounts; secondCounts?: TallyCounts | null } = {},
  options: { appendEvent?: boolean; at?: Date } = {},
) {
  return inTransaction(db, async (tx) => {
    let { roundId, pledgeId } = overrides;
    if (!roundId) {
      const round = await createEvaluationRound(tx, pledgeId ? { pledgeIds: [pledgeId] } : {});
      roundId = round.id;
    }
    pledgeId ??= (await tx.evaluationRoundPledge.findFirstOrThrow({ where: { roundId }, select: { pledgeId: true } })).pledgeId;
    const firstCounts = overrides.firstCounts ?? { SATISFIED: 30, BASICALLY_SATISFIED: 12, DISSATISFIED: 3, UNKNOWN: 2 };
    const status = overrides.status ?? "AWAITING_SECOND_ENTRY";
    const secondCounts = overrides.secondCounts !== undefined ? overrides.secondCounts : status === "AWAITING_SECOND_ENTRY" ? null : firstCounts;
    const attendees = overrides.attendees ?? Object.values(firstCounts).reduce((a, b) => a + b, 0);
    const tally = await tx.paperTally.create({
      data: {
        ...overrides,
        roundId,
        pledgeId,
        attendees,
        status,
        firstCounts,
        secondCounts: secondCounts ?? Prisma.DbNull,
      },
    });
    if (status === "CONFIRMED" && (options.appendEvent ?? true)) {
      await appendPledgeEvent(tx, {
        pledgeId,
        type: "TALLY_ENTERED",
        payload: { roundId, tallyId: tally.id, group: tally.group, attendees, counts: firstCounts },
        actorId: tally.secondById ?? tally.firstById ?? null,
        at: options.at,
      });
    }
    return tally;
  });
}

export async function createGoodPractice(db: DbClient, overrides: Partial<Prisma.GoodPracticeUncheckedCreateInput> = {}) {
  const villageId = overrides.villageId !== undefined ? overrides.villageId : (await createVillage(db)).id;
  return db.goodPractice.create({ data: { note: "党员承诺具体实在，群众看得见、摸得着。", ...overrides, villageId } });
}
