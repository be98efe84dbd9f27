import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

// The one resolver of reach. Every data-layer read and write filters through these `where`
// builders, so a row outside the actor's place is simply not found. Reach is the subtree under
// the actor's place; a department reaches the villages it is paired with.

const NOTHING = { id: "__outside_scope__" } as const;

export function countyScope(actor: Actor): Prisma.CountyWhereInput {
  if (actor.role === "PREFECTURE_ORGANISER") return { prefectureId: actor.prefectureId };
  if (actor.role === "COUNTY_ORGANISER" && actor.countyId) return { id: actor.countyId };
  return NOTHING;
}

export function townshipScope(actor: Actor): Prisma.TownshipWhereInput {
  switch (actor.role) {
    case "PREFECTURE_ORGANISER":
      return { county: { prefectureId: actor.prefectureId } };
    case "COUNTY_ORGANISER":
      return actor.countyId ? { countyId: actor.countyId } : NOTHING;
    case "TOWNSHIP_OFFICER":
      return actor.townshipId ? { id: actor.townshipId } : NOTHING;
    case "DEPARTMENT_OFFICER":
    case "VILLAGE_SECRETARY":
      return NOTHING;
  }
}

export function villageScope(actor: Actor): Prisma.VillageWhereInput {
  switch (actor.role) {
    case "PREFECTURE_ORGANISER":
      return { county: { prefectureId: actor.prefectureId } };
    case "COUNTY_ORGANISER":
      return actor.countyId ? { countyId: actor.countyId } : NOTHING;
    case "TOWNSHIP_OFFICER":
      return actor.townshipId ? { townshipId: actor.townshipId } : NOTHING;
    case "DEPARTMENT_OFFICER":
      return actor.departmentId ? { pairings: { some: { departmentId: actor.departmentId } } } : NOTHING;
    case "VILLAGE_SECRETARY":
      return actor.villageId ? { id: actor.villageId } : NOTHING;
  }
}

export function departmentScope(actor: Actor): Prisma.DepartmentWhereInput {
  switch (actor.role) {
    case "PREFECTURE_ORGANISER":
      return { county: { prefectureId: actor.prefectureId } };
    case "COUNTY_ORGANISER":
      return actor.countyId ? { countyId: actor.countyId } : NOTHING;
    case "DEPARTMENT_OFFICER":
      return actor.departmentId ? { id: actor.departmentId } : NOTHING;
    case "TOWNSHIP_OFFICER":
    case "VILLAGE_SECRETARY":
      return NOTHING;
  }
}

/** Accounts an actor can see: organisers see accounts placed inside their part of the tree. */
export function userScope(actor: Actor): Prisma.UserWhereInput {
  switch (actor.role) {
    case "PREFECTURE_ORGANISER":
      return { prefectureId: actor.prefectureId };
    case "COUNTY_ORGANISER":
      return actor.countyId ? { countyId: actor.countyId } : NOTHING;
    default:
      return { id: actor.userId };
  }
}
