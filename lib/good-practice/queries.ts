import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { villageScope } from "@/lib/org/scope";

// Good practice (典型经验): the signed-in list for the organisers who keep it (the public list is
// in public.ts).

/** The place of an entry, as both lists show it. */
export const PLACE = { select: { name: true, slug: true, township: { select: { name: true, county: { select: { name: true } } } } } } as const;

/** Entries whose village (or pledge's village) is in the actor's reach, newest first. */
export async function listGoodPractices(actor: Actor) {
  const scope = villageScope(actor);
  return db.goodPractice.findMany({
    where: { OR: [{ village: scope }, { pledge: { village: scope } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true, note: true, createdAt: true,
      village: PLACE,
      pledge: { select: { id: true, action: true, status: true, village: PLACE } },
    },
  });
}
