// The shape a village is given (data/places.ts, VILLAGE_ROLES), so that oversight has something to find.
import * as words from "./data";
import { DEMO_VILLAGE } from "./settings";

export type VillageShape = ReturnType<typeof villageShape>;

export function villageShape(name: string) {
  const among = (villages: readonly string[]) => villages.includes(name);
  const roles = words.VILLAGE_ROLES;
  const evaluated = among(roles.closedRound);
  const openRound = among(roles.openRound);
  return {
    isDemo: name === DEMO_VILLAGE,
    /** Deadlines passed: a closed evaluation round. */
    evaluated,
    openRound,
    unanimous: among(roles.unanimousRound),
    /** Pledges evaluated in a round finished before it opened. */
    roundEarly: evaluated || openRound,
    noFocus: among(roles.noFocus),
    focusWithoutPlan: among(roles.focusWithoutPlan),
    idleMembers: among(roles.idleMembers),
    /** Villages held up as good practice have no hollow pledges. */
    exemplary: words.GOOD_PRACTICES.some((g) => g.village === name),
  };
}
