import "server-only";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { AppError, translatePrismaError } from "@/lib/errors";
import { countAttempt, type LimitSpec } from "@/lib/limits/rate-limits";
import { parseInput } from "@/lib/schemas";
import { ZPublicOpinionInput } from "./schemas";

// The one public (no account) write of opinions, kept apart from the actor-scoped data layer.

/** Opinions a villager may leave from one address (docs/limits.md). */
export const PUBLIC_OPINION_LIMIT = { name: "public-opinion:address", points: 5, durationSeconds: 60 * 60 } satisfies LimitSpec;

/**
 * A villager's opinion from the village's public board: no account, throttled per address,
 * stored PENDING and shown nowhere public (the secretary accepts it first). Returns nothing of
 * what was stored. Unknown boards count against the limit too, so slugs cannot be scanned freely.
 */
export async function submitPublicOpinion(slug: string, raw: unknown, address: string): Promise<void> {
  const input = parseInput(ZPublicOpinionInput, raw);
  if ((await countAttempt(PUBLIC_OPINION_LIMIT, address)) > 0) throw new AppError("RATE_LIMITED", "RATE_LIMITED");
  const village = await db.village.findUnique({ where: { slug }, select: { id: true, county: { select: { prefectureId: true } } } });
  if (!village) throw new AppError("NOT_FOUND");
  if (input.id) {
    const existing = await db.opinion.findFirst({ where: { id: input.id, villageId: village.id, source: "PUBLIC_BOARD" }, select: { id: true } });
    if (existing) return;
  }
  const campaign = await getCurrentCampaign(village.county.prefectureId);
  await db.opinion
    .create({
      data: {
        id: input.id,
        campaignId: campaign.id,
        villageId: village.id,
        source: "PUBLIC_BOARD",
        body: input.body,
        authorName: input.authorName || null,
        authorPhone: input.authorPhone || null,
        status: "PENDING",
      },
      select: { id: true },
    })
    .catch((error: unknown) => translatePrismaError(error, "id"));
}

/** The board a villager is writing to: only its public names, or null for an unknown slug. */
export async function findOpinionBoard(slug: string) {
  return db.village.findUnique({ where: { slug }, select: { slug: true, name: true, branchName: true } });
}
