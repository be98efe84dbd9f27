// Where a village sits in the tree, for factories that fill in a row's places (not re-exported).
import type { DbClient } from "../db-client";

export async function villagePlace(db: DbClient, villageId: string) {
  return db.village.findUniqueOrThrow({
    where: { id: villageId },
    select: { id: true, townshipId: true, countyId: true, isPastoral: true, county: { select: { prefectureId: true } } },
  });
}
