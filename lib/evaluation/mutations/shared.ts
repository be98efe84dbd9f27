import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RaterGroup } from "@/lib/generated/prisma/enums";
import { villageScope } from "@/lib/org/scope";
import { roundPhase } from "../round-phase";

// What the evaluation mutations share: a round in the actor's reach (NOT_FOUND outside it), the
// round's row lock, and the caps on how many may vote in each group.

const ROUND_FIELDS = {
  id: true, villageId: true, campaignId: true, status: true, opensAt: true, closesAt: true, groups: true, version: true,
  village: { select: { townshipId: true, households: true } },
  pledges: { select: { pledgeId: true } },
} as const;

/** A round whose village is in the actor's reach, with its place; NOT_FOUND otherwise. */
export async function roundInReach(actor: Actor, roundId: string, client: Tx = db) {
  const round = await client.evaluationRound.findFirst({ where: { id: roundId, village: villageScope(actor) }, select: ROUND_FIELDS });
  if (!round) throw new AppError("NOT_FOUND");
  return {
    ...round,
    place: { villageId: round.villageId, townshipId: round.village.townshipId },
    pledgeIds: round.pledges.map((p) => p.pledgeId),
    phase: roundPhase(round, new Date()),
  };
}

/** Locks the round row for the rest of the transaction: closing waits for writers and writers for closing. */
export async function lockRound(tx: Tx, roundId: string, mode: "update" | "share" = "update") {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<{ status: string; opensAt: Date; closesAt: Date }[]>`SELECT status::text AS status, "opensAt", "closesAt" FROM "EvaluationRound" WHERE id = ${roundId} FOR UPDATE`
      : await tx.$queryRaw<{ status: string; opensAt: Date; closesAt: Date }[]>`SELECT status::text AS status, "opensAt", "closesAt" FROM "EvaluationRound" WHERE id = ${roundId} FOR SHARE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  return roundPhase({ status: row.status as "OPEN", opensAt: row.opensAt, closesAt: row.closesAt }, new Date());
}

/** Villager codes per household, at most: spare slips for mistakes, while turnout above households is flagged. */
export const VILLAGER_CODES_PER_HOUSEHOLD = 1.5;
/** Township raters are a handful of officials. */
export const TOWNSHIP_CODES_MAX = 30;

/**
 * How many more votes a group may be given in this round: villager codes up to 1.5 × the
 * households; member codes and members' ballots recorded by the secretary together up to the
 * active members (one each); township codes up to 30. Codes of voided batches that never voted
 * do not count, so a lost batch can be replaced.
 */
export async function remainingAllowance(tx: Tx, round: { id: string; villageId: string; village: { households: number } }, group: RaterGroup) {
  const live = await tx.ballotCode.count({ where: { roundId: round.id, batch: { group }, status: { in: ["ISSUED", "USED"] } } });
  if (group === "VILLAGER") return { cap: Math.ceil(round.village.households * VILLAGER_CODES_PER_HOUSEHOLD), used: live };
  if (group === "TOWNSHIP") return { cap: TOWNSHIP_CODES_MAX, used: live };
  const [members, recorded] = await Promise.all([
    tx.member.count({ where: { villageId: round.villageId, isActive: true } }),
    tx.ballot.count({ where: { roundId: round.id, group: "MEMBER", channel: "SECRETARY" } }),
  ]);
  return { cap: members, used: live + recorded };
}

/** The day of an instant (UTC midnight): what a used code keeps, so it cannot be matched with its ballot by time. */
export function dayOf(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}
