import "server-only";
import { db } from "@/lib/db";
import { PUBLIC_STATUSES, isPublicSlug } from "@/lib/public/fields";
import { boardHeadHash } from "./board-head";

/**
 * The board head (lib/history/board-head.ts) of the public board with this slug: over the
 * pledges the board shows (the current campaign's, from publication on). Null for an unknown
 * board or one with no published pledge yet.
 */
export async function getBoardHead(slug: string): Promise<string | null> {
  if (!isPublicSlug(slug)) return null;
  const pledges = await db.pledge.findMany({
    where: { village: { slug }, campaign: { isCurrent: true }, status: { in: [...PUBLIC_STATUSES] } },
    select: { id: true, events: { orderBy: { seq: "desc" }, take: 1, select: { hash: true } } },
  });
  return boardHeadHash(pledges.flatMap((pledge) => (pledge.events[0] ? [{ pledgeId: pledge.id, hash: pledge.events[0].hash }] : [])));
}
