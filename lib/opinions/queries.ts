import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { villageScope } from "@/lib/org/scope";
import { parseInput } from "@/lib/schemas";
import { villageInReach } from "@/lib/village-work/guards";
import { ZOpinionFilter } from "./schemas";

const OPINION_FIELDS = {
  id: true, villageId: true, campaignId: true, source: true, body: true, authorName: true, authorPhone: true,
  status: true, setAsideReason: true, problemId: true, createdAt: true,
  problem: { select: { id: true, title: true } },
} as const;

/**
 * Opinions of one village in the actor's reach, in the current campaign, newest first; optionally
 * of one status (PENDING: left on the public board, waiting for the secretary). NOT_FOUND outside
 * reach. Staff only: there is no public read of opinions.
 */
export async function listOpinions(actor: Actor, villageId: string, filter: unknown = {}) {
  const { status } = parseInput(ZOpinionFilter, filter);
  await villageInReach(actor, villageId);
  return db.opinion.findMany({
    where: { villageId, campaign: { isCurrent: true }, ...(status ? { status } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: OPINION_FIELDS,
  });
}

/** One opinion whose village is in the actor's reach. */
export async function getOpinion(actor: Actor, id: string) {
  const opinion = await db.opinion.findFirst({ where: { id, village: villageScope(actor) }, select: OPINION_FIELDS });
  if (!opinion) throw new AppError("NOT_FOUND");
  return opinion;
}
