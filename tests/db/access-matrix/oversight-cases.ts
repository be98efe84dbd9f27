// The access matrix's rows for lib/oversight: the dashboard, its weak-link lists and its charts
// are for organisers and township officers, each inside his own part of the tree; a unit outside
// it is NOT_FOUND. Department officers and village secretaries have no oversight at all: NOT_FOUND
// even for a village they reach (the dashboard does not exist for them).
//
// The target names the unit looked at (`?unit=`); "P" is the prefecture organiser's default unit.
import { COUNTY, DEPT, one, PREF, TOWNSHIP, VILLAGE, type Case, type OneRow } from "./case-table";

const READ: OneRow[] = [
  [PREF, "OWN", "P", "ok"],
  [PREF, "OWN", "C1", "ok"],
  [PREF, "OWN", "V100", "ok"],
  [PREF, "SIBLING", "X.C0", "NOT_FOUND"],
  [PREF, "SIBLING", "X.V000", "NOT_FOUND"],
  [COUNTY, "OWN", "C0", "ok"],
  [COUNTY, "OWN", "T01", "ok"],
  [COUNTY, "SIBLING", "C1", "NOT_FOUND"],
  [COUNTY, "SIBLING", "V100", "NOT_FOUND"],
  [TOWNSHIP, "OWN", "T00", "ok"],
  [TOWNSHIP, "OWN", "V001", "ok"],
  [TOWNSHIP, "SIBLING", "T01", "NOT_FOUND"],
  [TOWNSHIP, "SIBLING", "V010", "NOT_FOUND"],
  [TOWNSHIP, "PARENT", "C0", "NOT_FOUND"],
  [DEPT, "OWN", "V000", "NOT_FOUND"], // paired with it, but no dashboard
  [DEPT, "PARENT", "C0", "NOT_FOUND"],
  [VILLAGE, "OWN", "V000", "NOT_FOUND"], // his own village, but no dashboard
  [VILLAGE, "PARENT", "T00", "NOT_FOUND"],
];

export const OVERSIGHT_CASES: Case[] = [
  ...one("getCoverage", "read", READ),
  ...one("listWeakLinks", "read", READ),
  ...one("getOversightCharts", "read", READ),
];
