import type { Actor } from "@/lib/auth/actor";
import { canWriteVillageWork } from "@/lib/village-work/policy";

// Who may do what to a pledge, once it is known to be in the actor's reach (lib/org/scope.ts).
// The village's secretary writes its branch and member pledges and follows them through; the
// township officer of the village's township reviews them (审定), nobody else; everyone else
// whose reach includes the village (organisers, the paired department) reads.

type PledgePlace = { villageId: string; townshipId: string };

/** Writes the pledge's text, submits it, posts progress, closes it out, amends it. */
export function canWritePledge(actor: Actor, pledge: Pick<PledgePlace, "villageId">): boolean {
  return canWriteVillageWork(actor, pledge.villageId);
}

/** Approves or returns a submitted pledge. */
export function canReviewPledge(actor: Actor, pledge: Pick<PledgePlace, "townshipId">): boolean {
  return actor.role === "TOWNSHIP_OFFICER" && actor.townshipId !== null && actor.townshipId === pledge.townshipId;
}

/**
 * Publishes an approved pledge that was held back at approval (its focus problem had no plan
 * yet): the reviewer who approved it, or the secretary once the plan is written.
 */
export function canPublishPledge(actor: Actor, pledge: PledgePlace): boolean {
  return canReviewPledge(actor, pledge) || canWritePledge(actor, pledge);
}
