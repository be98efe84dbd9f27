import type { Actor } from "@/lib/auth/actor";
import { canWriteVillageWork } from "@/lib/village-work/policy";

// Who may do what in an evaluation round (评议), once the village is known to be in the actor's
// reach (lib/org/scope.ts). The village's secretary runs the round; the township officer of the
// village's township may run it too (open, print codes, void a lost batch, close), and is the
// second person who enters a paper tally. The members' votes and the branch's final assessment
// are the branch's own: its secretary records them. Everyone else in reach reads.

type RoundPlace = { villageId: string; townshipId: string };

function isTownshipOfficerOf(actor: Actor, place: Pick<RoundPlace, "townshipId">): boolean {
  return actor.role === "TOWNSHIP_OFFICER" && actor.townshipId !== null && actor.townshipId === place.townshipId;
}

/** Opens and closes a round, generates and voids code batches. */
export function canRunRound(actor: Actor, place: RoundPlace): boolean {
  return canWriteVillageWork(actor, place.villageId) || isTownshipOfficerOf(actor, place);
}

/** Records members' votes at the branch meeting; enters the first paper tally; assesses the branch's pledges. */
export function canWriteForBranch(actor: Actor, place: Pick<RoundPlace, "villageId">): boolean {
  return canWriteVillageWork(actor, place.villageId);
}

/** Enters a paper tally the second time, blind to the first entry. */
export function canEnterSecondTally(actor: Actor, place: Pick<RoundPlace, "townshipId">): boolean {
  return isTownshipOfficerOf(actor, place);
}
