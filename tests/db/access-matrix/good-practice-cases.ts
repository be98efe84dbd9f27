// The access matrix's rows for lib/good-practice: everyone reads the entries of the villages in
// reach (they are public anyway); only the organisers mark and remove them. The list comes
// first, before any write has added or removed an entry.
import { COUNTY, DEPT, list, one, PREF, TOWNSHIP, VILLAGE, type Case, type OneRow } from "./case-table";

/** Marking V000 (or removing its entry): the organisers who reach it; the others who reach it may not. */
const ORGANISERS: OneRow[] = [
  [PREF, "OWN", "V000", "ok"],
  [PREF, "SIBLING", "X.V000", "NOT_FOUND"],
  [COUNTY, "OWN", "V000", "ok"],
  [COUNTY, "SIBLING", "V100", "NOT_FOUND"],
  [TOWNSHIP, "OWN", "V000", "FORBIDDEN"],
  [TOWNSHIP, "SIBLING", "V010", "NOT_FOUND"],
  [DEPT, "OWN", "V000", "FORBIDDEN"],
  [DEPT, "PARENT", "V001", "NOT_FOUND"],
  [VILLAGE, "OWN", "V000", "FORBIDDEN"],
  [VILLAGE, "SIBLING", "V001", "NOT_FOUND"],
];

export const GOOD_PRACTICE_CASES: Case[] = [
  ...list("listGoodPractices", [
    [PREF, "OWN", {}, ["GP.V000", "GP.V100"]],
    [COUNTY, "OWN", {}, ["GP.V000"]],
    [TOWNSHIP, "OWN", {}, ["GP.V000"]],
    [DEPT, "OWN", {}, ["GP.V000"]],
    [VILLAGE, "OWN", {}, ["GP.V000"]],
  ]),
  ...one("markGoodPractice", "write", ORGANISERS),
  ...one("removeGoodPractice", "write", ORGANISERS),
];
