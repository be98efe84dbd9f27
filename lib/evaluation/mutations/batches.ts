import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { villageScope } from "@/lib/org/scope";
import { parseInput } from "@/lib/schemas";
import { formatCode, hashCode, newCodes } from "../codes";
import { canRunRound } from "../policy";
import { canPrintCodes } from "../round-phase";
import { ZGenerateCodesInput, ZVoidBatchInput } from "../schemas";
import { hashSecret } from "../secret";
import { lockRound, remainingAllowance, roundInReach } from "./shared";

// Printed batches of one-time codes. The codes leave the server once, in the answer to the
// generate call (the page prints them as slips); only their keyed hashes are stored.

/**
 * Generates a batch of `count` codes for one rater group of a round that is not over yet, within
 * the group's allowance (CODES_ABOVE_CAP on count otherwise; see remainingAllowance). Returns the
 * codes in clear, formatted for print: this is the only time they exist outside a slip.
 */
export async function generateCodes(actor: Actor, raw: unknown) {
  const input = parseInput(ZGenerateCodesInput, raw);
  const checked = await roundInReach(actor, input.roundId);
  if (!canRunRound(actor, checked.place)) throw new AppError("FORBIDDEN");
  if (!checked.groups.includes(input.group)) throw new AppError("INVALID", "GROUP_NOT_IN_ROUND", "group");
  const secret = hashSecret();
  const codes = newCodes(input.count);
  const hashes = codes.map((code) => hashCode(code, secret));
  const batch = await db.$transaction(
    async (tx) => {
      const phase = await lockRound(tx, checked.id);
      if (!canPrintCodes(phase)) throw new AppError("CONFLICT", phase === "CLOSED" ? "ROUND_CLOSED" : "ROUND_ENDED");
      const allowance = await remainingAllowance(tx, checked, input.group);
      if (allowance.used + input.count > allowance.cap) throw new AppError("INVALID", "CODES_ABOVE_CAP", "count");
      const created = await tx.ballotBatch.create({
        data: { roundId: checked.id, group: input.group, count: input.count, createdById: actor.userId },
        select: { id: true, group: true, count: true, createdAt: true },
      });
      await tx.ballotCode.createMany({ data: hashes.map((codeHash) => ({ batchId: created.id, roundId: checked.id, codeHash })) });
      return created;
    },
    { timeout: 30_000 },
  );
  return { ...batch, roundId: checked.id, codes: codes.map(formatCode) };
}

/**
 * Voids a lost batch: its unused codes can no longer vote (ISSUED → VOID in one statement, so a
 * code being used at that moment is either used or void, never both). Ballots already cast with
 * the batch stay counted: a ballot is not linked to its code, so they cannot be told apart.
 * Appends CODES_VOIDED, with the reason, to each pledge of the round.
 */
export async function voidBatch(actor: Actor, raw: unknown) {
  const input = parseInput(ZVoidBatchInput, raw);
  const batch = await db.ballotBatch.findFirst({ where: { id: input.id, round: { village: villageScope(actor) } }, select: { id: true, roundId: true, group: true, voidedAt: true } });
  if (!batch) throw new AppError("NOT_FOUND");
  const round = await roundInReach(actor, batch.roundId);
  if (!canRunRound(actor, round.place)) throw new AppError("FORBIDDEN");
  if (batch.voidedAt) throw new AppError("CONFLICT", "BATCH_ALREADY_VOID");
  return db.$transaction(async (tx) => {
    const phase = await lockRound(tx, round.id);
    if (phase === "CLOSED") throw new AppError("CONFLICT", "ROUND_CLOSED");
    const marked = await tx.ballotBatch.updateMany({ where: { id: batch.id, voidedAt: null }, data: { voidedAt: new Date(), voidReason: input.reason } });
    if (marked.count === 0) throw new AppError("CONFLICT", "BATCH_ALREADY_VOID");
    const { count: voided } = await tx.ballotCode.updateMany({ where: { batchId: batch.id, status: "ISSUED" }, data: { status: "VOID" } });
    const used = await tx.ballotCode.count({ where: { batchId: batch.id, status: "USED" } });
    for (const pledgeId of round.pledgeIds) {
      await appendPledgeEvent(tx, {
        pledgeId,
        type: "CODES_VOIDED",
        payload: { roundId: round.id, batchId: batch.id, group: batch.group, voided, alreadyUsed: used, reason: input.reason },
        actorId: actor.userId,
      });
    }
    return { id: batch.id, voided, alreadyUsed: used };
  });
}
