import { ROLE_RANK, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

// Pure "may this actor do this" rules, used by the data layer and to hide buttons. They assume
// the target is already inside the actor's reach (the scope builders see to that).

/** Counties are created and renamed by the prefecture. */
export function canManageCounties(actor: Actor): boolean {
  return actor.role === "PREFECTURE_ORGANISER";
}

/** Townships, villages and departments are managed by the prefecture and by their county. */
export function canManageCountyContents(actor: Actor, countyId: string): boolean {
  if (actor.role === "PREFECTURE_ORGANISER") return true;
  return actor.role === "COUNTY_ORGANISER" && actor.countyId === countyId;
}

/** Organisers manage accounts of roles not above their own, and never their own account. */
export function canManageAccount(actor: Actor, target: { id?: string; role: Role; countyId: string | null }): boolean {
  if (target.id === actor.userId) return false;
  if (actor.role === "PREFECTURE_ORGANISER") return true;
  if (actor.role !== "COUNTY_ORGANISER") return false;
  return target.countyId === actor.countyId && ROLE_RANK[target.role] <= ROLE_RANK[actor.role];
}

/** Roles an actor may give to a new account. */
export function assignableRoles(actor: Actor): Role[] {
  const all: Role[] = ["PREFECTURE_ORGANISER", "COUNTY_ORGANISER", "TOWNSHIP_OFFICER", "DEPARTMENT_OFFICER", "VILLAGE_SECRETARY"];
  if (actor.role === "PREFECTURE_ORGANISER") return all;
  if (actor.role === "COUNTY_ORGANISER") return all.filter((role) => ROLE_RANK[role] <= ROLE_RANK.COUNTY_ORGANISER);
  return [];
}
