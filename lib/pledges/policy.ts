import type { Actor } from "@/lib/auth/actor";
import type { PledgerKind } from "@/lib/generated/prisma/enums";
import { canWriteVillageWork } from "@/lib/village-work/policy";

// Who may do what to a pledge, once it is known to be in the actor's reach (lib/org/scope.ts).
// The village's secretary writes its branch and member pledges and follows them through; an
// upward pledge (上下联动) is written by whoever gives it: the township officer of the pledging
// township, or the officer of the pledging department. The township officer of the village's
// township reviews (审定) every pledge of his villages except his own township's upward pledges,
// which the county organiser reviews: nobody approves his own pledge. Everyone else whose reach
// includes the village (organisers, the paired department) reads.

type PledgePlace = {
  villageId: string;
  townshipId: string;
  countyId: string;
  pledgerKind: PledgerKind;
  pledgerTownshipId: string | null;
  departmentId: string | null;
};

/** Writes the pledge's text, submits it, posts progress, closes it out, amends it. */
export function canWritePledge(actor: Actor, pledge: Pick<PledgePlace, "villageId" | "pledgerKind" | "pledgerTownshipId" | "departmentId">): boolean {
  switch (pledge.pledgerKind) {
    case "BRANCH":
    case "MEMBER":
      return canWriteVillageWork(actor, pledge.villageId);
    case "TOWNSHIP":
      return actor.role === "TOWNSHIP_OFFICER" && actor.townshipId !== null && actor.townshipId === pledge.pledgerTownshipId;
    case "DEPARTMENT":
      return actor.role === "DEPARTMENT_OFFICER" && actor.departmentId !== null && actor.departmentId === pledge.departmentId;
  }
}

/** Gives an upward pledge to a village in reach: township officers and department officers. */
export function canPledgeUpward(actor: Actor): boolean {
  return (actor.role === "TOWNSHIP_OFFICER" && actor.townshipId !== null) || (actor.role === "DEPARTMENT_OFFICER" && actor.departmentId !== null);
}

/** Approves or returns a submitted pledge. */
export function canReviewPledge(actor: Actor, pledge: Pick<PledgePlace, "townshipId" | "countyId" | "pledgerKind">): boolean {
  if (pledge.pledgerKind === "TOWNSHIP") return actor.role === "COUNTY_ORGANISER" && actor.countyId !== null && actor.countyId === pledge.countyId;
  return actor.role === "TOWNSHIP_OFFICER" && actor.townshipId !== null && actor.townshipId === pledge.townshipId;
}

/**
 * Publishes an approved pledge that was held back at approval (its focus problem had no plan
 * yet): the reviewer who approved it, or its writer once the plan is written.
 */
export function canPublishPledge(actor: Actor, pledge: PledgePlace): boolean {
  return canReviewPledge(actor, pledge) || canWritePledge(actor, pledge);
}
