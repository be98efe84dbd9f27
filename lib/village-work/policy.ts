import type { Actor } from "@/lib/auth/actor";

// A village's own work (opinions, problems, plans, the member roster, its pledges) is written by
// its secretary. Everyone else whose reach includes the village reads it: the township reviews,
// organisers oversee, a paired department sees what it supports.

export function canWriteVillageWork(actor: Actor, villageId: string): boolean {
  return actor.role === "VILLAGE_SECRETARY" && actor.villageId === villageId;
}
