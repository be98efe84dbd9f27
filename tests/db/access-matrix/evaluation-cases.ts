// The access matrix's rows for lib/evaluation: everyone whose reach includes the village reads its
// rounds (a round outside reach is NOT_FOUND, its codes never readable by anyone); the village's
// secretary runs the round, and so may the township officer of its township; the members' votes,
// the first paper tally and the branch's assessment are the secretary's alone; the second paper
// tally entry is the township officer's alone. Organisers and the paired department only read.
// The tally queue is read first, before any write has moved a fixture on.
//
// Symbols beyond the legend in case-table.ts (drivers-evaluation.ts builds them):
//   R.<village>    an open round of that village, with a batch of codes and a paper tally awaiting its second entry
//   RC.<village>   a closed round of that village
//   B.<village>    the batch of codes of R.<village>
//   TL.<village>   the paper tally of R.<village>
import { COUNTY, DEPT, list, one, PREF, TOWNSHIP, VILLAGE, type Case, type OneRow } from "./case-table";

type Named = (village: string) => string;

/** Reads: everyone reaching V000 (its department is paired with it). */
const READ: (symbol: Named) => OneRow[] = (symbol) => [
  [PREF, "OWN", symbol("V000"), "ok"],
  [PREF, "SIBLING", symbol("X.V000"), "NOT_FOUND"],
  [COUNTY, "OWN", symbol("V000"), "ok"],
  [COUNTY, "SIBLING", symbol("V100"), "NOT_FOUND"],
  [TOWNSHIP, "OWN", symbol("V000"), "ok"],
  [TOWNSHIP, "SIBLING", symbol("V010"), "NOT_FOUND"],
  [DEPT, "OWN", symbol("V000"), "ok"],
  [DEPT, "PARENT", symbol("V001"), "NOT_FOUND"], // in its county, not paired
  [VILLAGE, "OWN", symbol("V000"), "ok"],
  [VILLAGE, "SIBLING", symbol("V001"), "NOT_FOUND"],
  [VILLAGE, "PARENT", symbol("V010"), "NOT_FOUND"],
];

/** Running a round: V000's secretary, and T00's officer for its villages (V000, V001). */
const RUN: (symbol: Named) => OneRow[] = (symbol) => [
  [PREF, "OWN", symbol("V000"), "FORBIDDEN"],
  [PREF, "SIBLING", symbol("X.V000"), "NOT_FOUND"],
  [COUNTY, "OWN", symbol("V000"), "FORBIDDEN"],
  [COUNTY, "SIBLING", symbol("V100"), "NOT_FOUND"],
  [TOWNSHIP, "OWN", symbol("V000"), "ok"],
  [TOWNSHIP, "OWN", symbol("V001"), "ok"], // another village of his township
  [TOWNSHIP, "SIBLING", symbol("V010"), "NOT_FOUND"],
  [DEPT, "OWN", symbol("V000"), "FORBIDDEN"],
  [DEPT, "PARENT", symbol("V001"), "NOT_FOUND"],
  [VILLAGE, "OWN", symbol("V000"), "ok"],
  [VILLAGE, "SIBLING", symbol("V001"), "NOT_FOUND"],
  [VILLAGE, "PARENT", symbol("V010"), "NOT_FOUND"],
];

/** The branch's own writes: only V000's secretary; the township officer reaches V000 but may not. */
const BRANCH: (symbol: Named) => OneRow[] = (symbol) =>
  RUN(symbol).map(([role, scope, target, outcome]): OneRow => [role, scope, target, role === TOWNSHIP && outcome === "ok" ? "FORBIDDEN" : outcome]);

/** The second tally entry: only T00's officer; V000's secretary (the first entry's person) may not. */
const SECOND: (symbol: Named) => OneRow[] = (symbol) =>
  RUN(symbol).map(([role, scope, target, outcome]): OneRow => [role, scope, target, role === VILLAGE && outcome === "ok" ? "FORBIDDEN" : outcome]);

const village: Named = (v) => v;
const round: Named = (v) => `R.${v}`;
const closedRound: Named = (v) => `RC.${v}`;
const batch: Named = (v) => `B.${v}`;
const tally: Named = (v) => `TL.${v}`;

export const EVALUATION_CASES: Case[] = [
  // The villages whose rounds have a paper tally waiting for the second entry.
  ...list("listTallyQueue", [
    [PREF, "OWN", {}, ["V000", "V001", "V010", "V100"]],
    [COUNTY, "OWN", {}, ["V000", "V001", "V010"]],
    [TOWNSHIP, "OWN", {}, ["V000", "V001"]],
    [DEPT, "OWN", {}, []],
    [VILLAGE, "OWN", {}, []],
  ]),
  ...one("listRounds", "read", READ(village)),
  ...one("listEvaluablePledges", "read", READ(village)),
  ...one("getRound", "read", READ(round)),
  ...one("getSecondEntrySheet", "read", READ(round)),
  ...one("getTallyPhoto", "read", READ(tally)),
  ...one("openRound", "write", RUN(village)),
  ...one("generateCodes", "write", RUN(round)),
  ...one("voidBatch", "write", RUN(batch)),
  ...one("recordMemberBallot", "write", BRANCH(round)),
  ...one("enterFirstTally", "write", BRANCH(round)),
  ...one("enterSecondTally", "write", SECOND(round)),
  ...one("assessPledge", "write", BRANCH(closedRound)),
  ...one("closeRound", "write", RUN(round)),
];
