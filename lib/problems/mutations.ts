import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { db, type Tx } from "@/lib/db";
import { AppError, staleIfNone, translatePrismaError } from "@/lib/errors";
import { villageScope } from "@/lib/org/scope";
import { parseInput } from "@/lib/schemas";
import { assertWritesVillage, writableVillage } from "@/lib/village-work/guards";
import { ZCreateProblemInput, ZSavePlanInput, ZSetFocusInput, ZUpdateProblemInput } from "./schemas";

async function writableProblem(actor: Actor, id: string, client: Tx = db) {
  const problem = await client.problem.findFirst({
    where: { id, village: villageScope(actor) },
    select: { id: true, villageId: true, campaignId: true, isFocus: true, version: true },
  });
  if (!problem) throw new AppError("NOT_FOUND");
  assertWritesVillage(actor, problem.villageId);
  return problem;
}

/**
 * Records a problem sorted from opinions, in the current campaign. Idempotent on a client-made
 * id: a retried submit returns the problem the first one made.
 */
export async function createProblem(actor: Actor, raw: unknown) {
  const input = parseInput(ZCreateProblemInput, raw);
  await writableVillage(actor, input.villageId);
  if (input.id) {
    const existing = await db.problem.findFirst({ where: { id: input.id, villageId: input.villageId }, select: { id: true } });
    if (existing) return existing;
  }
  const campaign = await getCurrentCampaign(actor.prefectureId);
  return db
    .$transaction(async (tx) => {
      const problem = await tx.problem.create({
        data: {
          id: input.id,
          campaignId: campaign.id,
          villageId: input.villageId,
          title: input.title,
          description: input.description,
          area: input.area,
        },
        select: { id: true },
      });
      if (input.opinionIds.length) {
        const { count } = await tx.opinion.updateMany({
          where: { id: { in: input.opinionIds }, villageId: input.villageId, campaignId: campaign.id },
          data: { problemId: problem.id, status: "ACCEPTED" },
        });
        if (count !== input.opinionIds.length) throw new AppError("NOT_FOUND", "NOT_FOUND", "opinionIds");
      }
      return problem;
    })
    .catch((error: unknown) => translatePrismaError(error, "id"));
}

export async function updateProblem(actor: Actor, raw: unknown) {
  const input = parseInput(ZUpdateProblemInput, raw);
  await writableProblem(actor, input.id);
  await db.problem
    .updateMany({
      where: { id: input.id, version: input.version },
      data: { title: input.title, description: input.description, area: input.area, version: { increment: 1 } },
    })
    .then(staleIfNone);
}

/**
 * Marks or unmarks a focus problem. At most the campaign's limit per village: the village row is
 * locked while counting, so two secretaries' phones cannot both take the last place.
 */
export async function setFocus(actor: Actor, raw: unknown) {
  const input = parseInput(ZSetFocusInput, raw);
  await db.$transaction(async (tx) => {
    const problem = await writableProblem(actor, input.id, tx);
    if (input.isFocus && !problem.isFocus) {
      await tx.$queryRaw`SELECT id FROM "Village" WHERE id = ${problem.villageId} FOR UPDATE`;
      const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: problem.campaignId }, select: { focusLimit: true } });
      const focused = await tx.problem.count({ where: { villageId: problem.villageId, campaignId: problem.campaignId, isFocus: true } });
      if (focused >= campaign.focusLimit) throw new AppError("CONFLICT", "FOCUS_LIMIT", "isFocus");
    }
    if (!input.isFocus && problem.isFocus) {
      const pledges = await tx.pledge.count({ where: { problemId: problem.id, status: { not: "DRAFT" } } });
      if (pledges > 0) throw new AppError("CONFLICT", "FOCUS_HAS_PLEDGES", "isFocus");
    }
    const data = input.isFocus
      ? {
          isFocus: true,
          focusReason: input.focusReason,
          expectedResult: input.expectedResult,
          expectedBy: new Date(`${input.expectedBy}T00:00:00Z`),
          needsSupport: input.needsSupport,
        }
      : { isFocus: false };
    await tx.problem.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } }).then(staleIfNone);
  });
}

/** Writes or revises the rectification plan of a focus problem. */
export async function savePlan(actor: Actor, raw: unknown) {
  const input = parseInput(ZSavePlanInput, raw);
  const problem = await writableProblem(actor, input.problemId);
  if (!problem.isFocus) throw new AppError("INVALID", "NOT_FOCUS", "problemId");
  const fields = { measures: input.measures, timeline: input.timeline, responsible: input.responsible };
  if (input.version === undefined) {
    await db.plan.create({ data: { problemId: problem.id, ...fields } }).catch((error: unknown) => {
      // Someone wrote the first plan meanwhile: the user must see it before overwriting it.
      if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", "STALE");
      throw error;
    });
    return;
  }
  await db.plan
    .updateMany({ where: { problemId: problem.id, version: input.version }, data: { ...fields, version: { increment: 1 } } })
    .then(staleIfNone);
}
