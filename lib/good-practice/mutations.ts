import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, translatePrismaError } from "@/lib/errors";
import { villageScope } from "@/lib/org/scope";
import { isPublic } from "@/lib/pledges/lifecycle";
import { parseInput } from "@/lib/schemas";
import { canMarkGoodPractice } from "./policy";
import { ZMarkGoodPracticeInput, ZRemoveGoodPracticeInput } from "./schemas";

/**
 * Marks a village, or one of its published pledges, as good practice with a note. The target
 * must be in reach (else NOT_FOUND); a pledge must be on its board (an unpublished one is no
 * example to anybody). Idempotent on a client-made id.
 */
export async function markGoodPractice(actor: Actor, raw: unknown) {
  const input = parseInput(ZMarkGoodPracticeInput, raw);
  const target = input.pledgeId
    ? await db.pledge.findFirst({ where: { id: input.pledgeId, village: villageScope(actor) }, select: { villageId: true, status: true } })
    : await db.village.findFirst({ where: { AND: [{ id: input.villageId }, villageScope(actor)] }, select: { id: true } });
  if (!target) throw new AppError("NOT_FOUND");
  if (!canMarkGoodPractice(actor)) throw new AppError("FORBIDDEN");
  if ("status" in target && !isPublic(target.status)) throw new AppError("INVALID", "NOT_PUBLISHED", "pledgeId");
  if (input.id) {
    const earlier = await db.goodPractice.findUnique({ where: { id: input.id }, select: { id: true } });
    if (earlier) return earlier;
  }
  return db.goodPractice
    .create({
      data: { id: input.id, villageId: input.pledgeId ? null : input.villageId, pledgeId: input.pledgeId ?? null, note: input.note, createdById: actor.userId },
      select: { id: true },
    })
    .catch((error) => translatePrismaError(error, "id"));
}

/** Takes a good-practice entry off the list (an organiser who reaches its village). */
export async function removeGoodPractice(actor: Actor, raw: unknown) {
  const input = parseInput(ZRemoveGoodPracticeInput, raw);
  const scope = villageScope(actor);
  const entry = await db.goodPractice.findFirst({
    where: { id: input.id, OR: [{ village: scope }, { pledge: { village: scope } }] },
    select: { id: true },
  });
  if (!entry) throw new AppError("NOT_FOUND");
  if (!canMarkGoodPractice(actor)) throw new AppError("FORBIDDEN");
  await db.goodPractice.delete({ where: { id: entry.id } });
}
