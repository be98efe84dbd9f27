// The campaign a row belongs to when the caller names none (not re-exported).
import type { DbClient } from "../db-client";
import { createCampaign, createVillage } from "../places";
import { villagePlace } from "./village-place";

/** The prefecture's current campaign, created when it has none. */
export async function campaignFor(db: DbClient, prefectureId: string): Promise<{ id: string; endsOn: Date }> {
  const current = await db.campaign.findFirst({
    where: { prefectureId, isCurrent: true },
    orderBy: { createdAt: "desc" },
    select: { id: true, endsOn: true },
  });
  return current ?? createCampaign(db, { prefectureId });
}

/** `campaignId` when given, else the current campaign of the village's prefecture. */
export async function campaignIdFor(db: DbClient, villageId: string, campaignId: string | undefined): Promise<string> {
  return campaignId ?? (await campaignFor(db, (await villagePlace(db, villageId)).county.prefectureId)).id;
}

/** The given village, or a new one, and the given campaign, or the village's current one. */
export async function villageAndCampaign(db: DbClient, given: { villageId?: string; campaignId?: string }) {
  const villageId = given.villageId ?? (await createVillage(db)).id;
  return { villageId, campaignId: await campaignIdFor(db, villageId, given.campaignId) };
}
