import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { countyScope, townshipScope, userScope, villageScope } from "./scope";

/** Counts of what lies in the actor's reach, for the home page. */
export async function getScopeSummary(actor: Actor) {
  const villages = villageScope(actor);
  const [counties, townships, villageCount, members, accounts] = await Promise.all([
    db.county.count({ where: countyScope(actor) }),
    db.township.count({ where: townshipScope(actor) }),
    db.village.count({ where: villages }),
    db.member.count({ where: { isActive: true, village: villages } }),
    db.user.count({ where: userScope(actor) }),
  ]);
  return { counties, townships, villages: villageCount, members, accounts };
}
