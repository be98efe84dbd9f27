import type { Role } from "@/lib/generated/prisma/enums";

/** Who is acting, and where in the tree: what every data-layer function takes first. */
export type Actor = {
  userId: string;
  name: string;
  role: Role;
  prefectureId: string;
  countyId: string | null;
  townshipId: string | null;
  villageId: string | null;
  departmentId: string | null;
};

export const ROLE_RANK: Record<Role, number> = {
  PREFECTURE_ORGANISER: 4,
  COUNTY_ORGANISER: 3,
  DEPARTMENT_OFFICER: 2,
  TOWNSHIP_OFFICER: 2,
  VILLAGE_SECRETARY: 1,
};

export const ORGANISER_ROLES = ["PREFECTURE_ORGANISER", "COUNTY_ORGANISER"] as const satisfies Role[];

export function isOrganiser(actor: Pick<Actor, "role">): boolean {
  return (ORGANISER_ROLES as readonly Role[]).includes(actor.role);
}
