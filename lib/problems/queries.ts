import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { villageScope } from "@/lib/org/scope";
import { villageInReach } from "@/lib/village-work/guards";

const PROBLEM_FIELDS = {
  id: true, villageId: true, campaignId: true, title: true, description: true, area: true, isFocus: true,
  focusReason: true, expectedResult: true, expectedBy: true, needsSupport: true, status: true, version: true,
  plan: { select: { id: true, measures: true, timeline: true, responsible: true, version: true } },
  _count: { select: { opinions: true, pledges: true } },
} as const;

/** Problems of one village in the actor's reach (focus problems first); NOT_FOUND outside it. */
export async function listProblems(actor: Actor, villageId: string) {
  await villageInReach(actor, villageId);
  return db.problem.findMany({
    where: { villageId, campaign: { isCurrent: true } },
    orderBy: [{ isFocus: "desc" }, { createdAt: "asc" }],
    select: PROBLEM_FIELDS,
  });
}

/** One problem whose village is in the actor's reach, with its opinions and plan. */
export async function getProblem(actor: Actor, id: string) {
  const problem = await db.problem.findFirst({
    where: { id, village: villageScope(actor) },
    select: { ...PROBLEM_FIELDS, opinions: { select: { id: true, body: true, source: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!problem) throw new AppError("NOT_FOUND");
  return problem;
}
