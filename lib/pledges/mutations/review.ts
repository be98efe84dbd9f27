import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { AppError, staleIfNone } from "@/lib/errors";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { parseInput } from "@/lib/schemas";
import { assertTransition } from "../lifecycle";
import { canPublishPledge, canReviewPledge } from "../policy";
import { ZApprovePledgeInput, ZPledgeStepInput, ZReturnPledgeInput } from "../schemas";
import { pledgeInReach, requireTransition } from "./shared";

// Review (审定) by the township officer of the village's township, and publication. "Approved
// pledges are published": approval publishes at once, in the same transaction, with both events
// logged. Only a pledge serving a focus problem that has no plan yet stays APPROVED; it is
// published (publishPledge) once the plan is written.

async function reviewablePledge(tx: Tx, actor: Actor, id: string, version: number) {
  const pledge = await pledgeInReach(tx, actor, id);
  if (!canReviewPledge(actor, pledge)) throw new AppError("FORBIDDEN");
  if (pledge.version !== version) throw new AppError("CONFLICT", "STALE");
  return pledge;
}

/** null when the pledge serves no focus problem; otherwise whether that problem has a plan. */
async function problemHasPlan(tx: Tx, problemId: string | null): Promise<boolean | null> {
  if (!problemId) return null;
  return (await tx.plan.count({ where: { problemId } })) > 0;
}

/**
 * Approves a submitted pledge. A pledge the vagueness check flagged needs the reviewer's written
 * override reason (OVERRIDE_REASON_REQUIRED on overrideReason). Publishes it at once unless its
 * focus problem still lacks a plan; returns the status it ended in.
 */
export async function approvePledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZApprovePledgeInput, raw);
  return db.$transaction(async (tx) => {
    const pledge = await reviewablePledge(tx, actor, input.id, input.version);
    requireTransition(pledge.status, "APPROVED", { vagueFlags: pledge.vagueFlags, overrideReason: input.overrideReason });
    // An override is the reviewer's answer to the flags: a pledge with none needs none.
    const overrideReason = pledge.vagueFlags.length > 0 ? input.overrideReason : null;
    const publishNow = assertTransition("APPROVED", "PUBLISHED", { problemHasPlan: await problemHasPlan(tx, pledge.problemId) }).length === 0;
    const now = new Date();
    await tx.pledge
      .updateMany({
        where: { id: pledge.id, version: input.version, status: "SUBMITTED" },
        data: {
          status: publishNow ? "PUBLISHED" : "APPROVED",
          overrideReason,
          publishedAt: publishNow ? now : null,
          version: { increment: 1 },
        },
      })
      .then(staleIfNone);
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "APPROVED", payload: { overrideReason }, actorId: actor.userId, at: now });
    if (publishNow) {
      await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "PUBLISHED", payload: { textVersion: pledge.textVersion }, actorId: actor.userId, at: now });
    }
    return { id: pledge.id, version: input.version + 1, status: publishNow ? ("PUBLISHED" as const) : ("APPROVED" as const) };
  });
}

/** Sends a submitted pledge back to the secretary with a comment he will see. */
export async function returnPledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZReturnPledgeInput, raw);
  return db.$transaction(async (tx) => {
    const pledge = await reviewablePledge(tx, actor, input.id, input.version);
    requireTransition(pledge.status, "RETURNED", { comment: input.comment });
    await tx.pledge
      .updateMany({
        where: { id: pledge.id, version: input.version, status: "SUBMITTED" },
        data: { status: "RETURNED", reviewComment: input.comment, version: { increment: 1 } },
      })
      .then(staleIfNone);
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "RETURNED", payload: { comment: input.comment }, actorId: actor.userId });
    return { id: pledge.id, version: input.version + 1 };
  });
}

/**
 * Publishes an approved pledge that approval held back (its focus problem had no plan): by the
 * reviewer or the village's secretary, once the plan exists (PLAN_REQUIRED on problemId before).
 */
export async function publishPledge(actor: Actor, raw: unknown) {
  const input = parseInput(ZPledgeStepInput, raw);
  return db.$transaction(async (tx) => {
    const pledge = await pledgeInReach(tx, actor, input.id);
    if (!canPublishPledge(actor, pledge)) throw new AppError("FORBIDDEN");
    if (pledge.version !== input.version) throw new AppError("CONFLICT", "STALE");
    requireTransition(pledge.status, "PUBLISHED", { problemHasPlan: await problemHasPlan(tx, pledge.problemId) });
    await tx.pledge
      .updateMany({
        where: { id: pledge.id, version: input.version, status: "APPROVED" },
        data: { status: "PUBLISHED", publishedAt: new Date(), version: { increment: 1 } },
      })
      .then(staleIfNone);
    await appendPledgeEvent(tx, { pledgeId: pledge.id, type: "PUBLISHED", payload: { textVersion: pledge.textVersion }, actorId: actor.userId });
    return { id: pledge.id, version: input.version + 1 };
  });
}
