// The access matrix's rows for lib/problems: a village's problems and plans are read by everyone
// whose reach includes the village and written by its secretary only.
import { COUNTY, DEPT, one, PREF, TOWNSHIP, VILLAGE, type Case, type OneRow } from "./case-table";

/** Reads of V000's problems: everyone reaching V000 (its department is paired with it) may. */
export const READ_V000 = (symbol: (village: string) => string): OneRow[] => [
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
  [VILLAGE, "PARENT", symbol("V010"), "NOT_FOUND"], // another village of the county
];

/** Writes to V000's work: only its secretary; the rest who reach it are refused, the others never see it. */
export const WRITE_V000 = (symbol: (village: string) => string): OneRow[] => [
  [PREF, "OWN", symbol("V000"), "FORBIDDEN"],
  [PREF, "SIBLING", symbol("X.V000"), "NOT_FOUND"],
  [COUNTY, "OWN", symbol("V000"), "FORBIDDEN"],
  [COUNTY, "SIBLING", symbol("V100"), "NOT_FOUND"],
  [TOWNSHIP, "OWN", symbol("V000"), "FORBIDDEN"],
  [TOWNSHIP, "SIBLING", symbol("V010"), "NOT_FOUND"],
  [DEPT, "OWN", symbol("V000"), "FORBIDDEN"],
  [DEPT, "PARENT", symbol("V001"), "NOT_FOUND"],
  [VILLAGE, "OWN", symbol("V000"), "ok"],
  [VILLAGE, "SIBLING", symbol("V001"), "NOT_FOUND"],
  [VILLAGE, "PARENT", symbol("V010"), "NOT_FOUND"],
];

const village = (v: string) => v;
const problemOf = (v: string) => `PR.${v}`;

export const PROBLEM_CASES: Case[] = [
  ...one("listProblems", "read", READ_V000(village)),
  ...one("getProblem", "read", READ_V000(problemOf)),
  ...one("createProblem", "write", WRITE_V000(village)),
  ...one("updateProblem", "write", WRITE_V000(problemOf)),
  ...one("setFocus", "write", WRITE_V000(problemOf)),
  // Plans belong to focus problems: V000's own is FP.V000; elsewhere a refusal comes before that check.
  ...one("savePlan", "write", WRITE_V000((v) => (v === "V000" ? "FP.V000" : problemOf(v)))),
];
