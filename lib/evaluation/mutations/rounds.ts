import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { AppError, staleIfNone, translatePrismaError } from "@/lib/errors";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { parseInput } from "@/lib/schemas";
import { villageInReach } from "@/lib/village-work/guards";
import { EVALUABLE_STATUSES } from "../eligibility";
import { canRunRound, canWriteForBranch } from "../policy";
import { evaluatedPayload } from "../results";
import { loadRoundResults } from "../round-results";
import { ZAssessPledgeInput, ZCloseRoundInput, ZOpenRoundInput } from "../schemas";
import { lockRound, roundInReach } from "./shared";

// Opening and closing an evaluation round, and the branch's final assessment of each pledge once
// the round is closed. Each is an event in the history of every pledge of the round.

/**
 * Opens a round for a village: its pledges (published or finished, of the current campaign),
 * the voting window, the rater groups. One round per village that is not closed yet: a second
 * is CONFLICT ROUND_ALREADY_OPEN (checked under a lock of the village, and by a partial unique
 * index). Appends ROUND_OPENED to each pledge's history. Idempotent on a client-made id.
 */
export async function openRound(actor: Actor, raw: unknown) {
  const input = parseInput(ZOpenRoundInput, raw);
  const village = await villageInReach(actor, input.villageId);
  if (!canRunRound(actor, { villageId: village.id, townshipId: village.townshipId })) throw new AppError("FORBIDDEN");
  if (input.id) {
    const earlier = await db.evaluationRound.findFirst({ where: { id: input.id, villageId: village.id }, select: { id: true } });
    if (earlier) return earlier;
  }
  const now = new Date();
  if (input.closesAt <= now) throw new AppError("INVALID", "CLOSES_IN_PAST", "closesAt");
  const campaign = await getCurrentCampaign(actor.prefectureId);
  const pledgeIds = [...new Set(input.pledgeIds)];
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Village" WHERE id = ${village.id} FOR UPDATE`;
      const unclosed = await tx.evaluationRound.findFirst({ where: { villageId: village.id, status: { not: "CLOSED" } }, select: { id: true } });
      if (unclosed) throw new AppError("CONFLICT", "ROUND_ALREADY_OPEN");
      const evaluable = await tx.pledge.count({
        where: { id: { in: pledgeIds }, villageId: village.id, campaignId: campaign.id, status: { in: [...EVALUABLE_STATUSES] } },
      });
      if (evaluable !== pledgeIds.length) throw new AppError("INVALID", "PLEDGE_NOT_EVALUABLE", "pledgeIds");
      const round = await tx.evaluationRound.create({
        data: {
          id: input.id,
          campaignId: campaign.id,
          villageId: village.id,
          status: input.opensAt <= now ? "OPEN" : "SCHEDULED",
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          groups: [...new Set(input.groups)],
          createdById: actor.userId,
          pledges: { createMany: { data: pledgeIds.map((pledgeId) => ({ pledgeId })) } },
        },
        select: { id: true },
      });
      for (const pledgeId of pledgeIds) {
        await appendPledgeEvent(tx, {
          pledgeId,
          type: "ROUND_OPENED",
          payload: { roundId: round.id, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString(), groups: [...new Set(input.groups)] },
          actorId: actor.userId,
        });
      }
      return round;
    });
  } catch (error) {
    // The partial unique index caught a round opened at the same moment by someone else.
    if ((error as { code?: string }).code === "P2002") {
      if (input.id) {
        const raced = await db.evaluationRound.findFirst({ where: { id: input.id, villageId: village.id }, select: { id: true } });
        if (raced) return raced;
      }
      throw new AppError("CONFLICT", "ROUND_ALREADY_OPEN");
    }
    return translatePrismaError(error);
  }
}

/**
 * Closes a round (early too: the meeting is over) and so publishes its results. A ballot being
 * submitted at that moment either committed before (it counts) or finds the round closed; paper
 * tallies not confirmed by then are not counted. Appends ROUND_CLOSED and EVALUATED (the counts
 * as published) to each pledge's history.
 */
export async function closeRound(actor: Actor, raw: unknown) {
  const input = parseInput(ZCloseRoundInput, raw);
  const checked = await roundInReach(actor, input.id);
  if (!canRunRound(actor, checked.place)) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const phase = await lockRound(tx, checked.id);
    if (phase === "CLOSED") throw new AppError("CONFLICT", "ROUND_CLOSED");
    const closedAt = new Date();
    await tx.evaluationRound
      .updateMany({ where: { id: checked.id, version: input.version, status: { not: "CLOSED" } }, data: { status: "CLOSED", closedAt, version: { increment: 1 } } })
      .then(staleIfNone);
    const results = (await loadRoundResults([checked.id], tx)).get(checked.id)!;
    for (const pledgeId of checked.pledgeIds) {
      const event = { pledgeId, actorId: actor.userId, at: closedAt };
      await appendPledgeEvent(tx, { ...event, type: "ROUND_CLOSED", payload: { roundId: checked.id } });
      await appendPledgeEvent(tx, { ...event, type: "EVALUATED", payload: evaluatedPayload(checked.id, results.get(pledgeId)!) });
    }
    return { id: checked.id, version: input.version + 1, villageId: checked.place.villageId };
  });
}

/**
 * The branch's final word on a pledge of a closed round (fulfilled, partly, not fulfilled), shown
 * beside what the villagers said. May be changed; each change is an ASSESSED event.
 */
export async function assessPledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZAssessPledgeInput, raw);
  const round = await roundInReach(actor, input.roundId);
  if (!round.pledgeIds.includes(input.pledgeId)) throw new AppError("NOT_FOUND");
  if (!canWriteForBranch(actor, round.place)) throw new AppError("FORBIDDEN");
  if (round.status !== "CLOSED") throw new AppError("CONFLICT", "ROUND_NOT_CLOSED");
  return db.$transaction(async (tx) => {
    const before = await tx.pledge.findUniqueOrThrow({ where: { id: input.pledgeId }, select: { assessment: true, version: true } });
    if (before.version !== input.version) throw new AppError("CONFLICT", "STALE");
    await tx.pledge
      .updateMany({ where: { id: input.pledgeId, version: input.version }, data: { assessment: input.assessment, version: { increment: 1 } } })
      .then(staleIfNone);
    await appendPledgeEvent(tx, {
      pledgeId: input.pledgeId,
      type: "ASSESSED",
      payload: { roundId: round.id, assessment: input.assessment, ...(before.assessment ? { previous: before.assessment } : {}) },
      actorId: actor.userId,
    });
    return { id: input.pledgeId, version: input.version + 1, assessment: input.assessment, villageId: round.place.villageId };
  });
}
