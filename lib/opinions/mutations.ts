import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { AppError, staleIfNone, translatePrismaError } from "@/lib/errors";
import type { OpinionStatus } from "@/lib/generated/prisma/enums";
import { villageScope } from "@/lib/org/scope";
import { parseInput } from "@/lib/schemas";
import { assertWritesVillage, writableVillage } from "@/lib/village-work/guards";
import { ZAcceptOpinionInput, ZCreateOpinionInput, ZSetAsideOpinionInput } from "./schemas";

async function writableOpinion(actor: Actor, id: string) {
  const opinion = await db.opinion.findFirst({
    where: { id, village: villageScope(actor) },
    select: { id: true, villageId: true, status: true, problemId: true },
  });
  if (!opinion) throw new AppError("NOT_FOUND");
  assertWritesVillage(actor, opinion.villageId);
  return opinion;
}

/** Moves an opinion on only from the status it was read in, so two phones cannot both act on it. */
async function moveOpinion(id: string, from: OpinionStatus, data: { status: OpinionStatus; setAsideReason: string | null }) {
  await db.opinion.updateMany({ where: { id, status: from, problemId: null }, data }).then(staleIfNone);
}

/**
 * Records an opinion the secretary heard (mass meeting, door-to-door visit, a member, the
 * suggestion box), accepted at once, in the current campaign. Idempotent on a client-made id.
 */
export async function createOpinion(actor: Actor, raw: unknown) {
  const input = parseInput(ZCreateOpinionInput, raw);
  await writableVillage(actor, input.villageId);
  if (input.id) {
    const existing = await db.opinion.findFirst({ where: { id: input.id, villageId: input.villageId }, select: { id: true } });
    if (existing) return existing;
  }
  const campaign = await getCurrentCampaign(actor.prefectureId);
  return db.opinion
    .create({
      data: {
        id: input.id,
        campaignId: campaign.id,
        villageId: input.villageId,
        source: input.source,
        body: input.body,
        authorName: input.authorName || null,
        authorPhone: input.authorPhone || null,
        status: "ACCEPTED",
        createdById: actor.userId,
      },
      select: { id: true },
    })
    .catch((error: unknown) => translatePrismaError(error, "id"));
}

/** Accepts an opinion a villager left on the board (PENDING → ACCEPTED). Accepting it again changes nothing. */
export async function acceptOpinion(actor: Actor, raw: unknown) {
  const input = parseInput(ZAcceptOpinionInput, raw);
  const opinion = await writableOpinion(actor, input.id);
  if (opinion.status === "ACCEPTED") return;
  if (opinion.status !== "PENDING") throw new AppError("CONFLICT", "NOT_PENDING");
  await moveOpinion(opinion.id, "PENDING", { status: "ACCEPTED", setAsideReason: null });
}

/**
 * Sets an opinion aside with a reason (off-topic, a duplicate, beyond the branch's remit). An
 * opinion already sorted into a problem stays there: CONFLICT IN_PROBLEM.
 */
export async function setAsideOpinion(actor: Actor, raw: unknown) {
  const input = parseInput(ZSetAsideOpinionInput, raw);
  const opinion = await writableOpinion(actor, input.id);
  if (opinion.problemId) throw new AppError("CONFLICT", "IN_PROBLEM");
  if (opinion.status === "SET_ASIDE") return;
  await moveOpinion(opinion.id, opinion.status, { status: "SET_ASIDE", setAsideReason: input.reason });
}
