import "server-only";
import { db } from "@/lib/db";
import { PUBLIC_STATUSES } from "@/lib/public/fields";
import { PLACE } from "./queries";

// The public good-practice page reads an explicit list of public fields, and of pledges only
// those on their board.

/** The public list: every entry of a published pledge or of a village, with public fields only. */
export async function listPublicGoodPractices() {
  const rows = await db.goodPractice.findMany({
    where: { OR: [{ villageId: { not: null } }, { pledge: { status: { in: [...PUBLIC_STATUSES] } } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true, note: true, createdAt: true,
      village: PLACE,
      pledge: { select: { id: true, action: true, village: PLACE } },
    },
  });
  return rows.flatMap((row) => {
    const place = row.pledge?.village ?? row.village;
    if (!place) return [];
    return [{ id: row.id, note: row.note, createdAt: row.createdAt, place, pledge: row.pledge ? { id: row.pledge.id, action: row.pledge.action } : null }];
  });
}
