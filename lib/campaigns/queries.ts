import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The prefecture's current campaign (整改期); every problem, plan and pledge belongs to one. */
export async function getCurrentCampaign(prefectureId: string, client: Tx = db) {
  const campaign = await client.campaign.findFirst({
    where: { prefectureId, isCurrent: true },
    orderBy: { startsOn: "desc" },
    select: { id: true, name: true, startsOn: true, endsOn: true, focusLimit: true },
  });
  if (!campaign) throw new AppError("NOT_FOUND", "NO_CURRENT_CAMPAIGN");
  return campaign;
}
