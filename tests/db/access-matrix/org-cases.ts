// The access matrix's rows for lib/org: every query and mutation, for every role, against a
// target in the actor's own scope, a sibling scope and the parent scope.
import { COUNTY, DEPT, list, one, PREF, TOWNSHIP, VILLAGE, type Case, type OneRow } from "./case-table";

const ALL_VILLAGES = ["V000", "V001", "V010", "V011", "V100", "V101", "V110", "V111"];

// Tables that answer alike because one rule decides them. Only the organisers at or above C0 reach
// it, and both may manage what is in it: reading C0, and creating a township or a department in it.
const C0_ORGANISERS_ONLY: OneRow[] = [
  [PREF, "OWN", "C0", "ok"],
  [PREF, "SIBLING", "X.C0", "NOT_FOUND"],
  [COUNTY, "OWN", "C0", "ok"],
  [COUNTY, "SIBLING", "C1", "NOT_FOUND"],
  [TOWNSHIP, "PARENT", "C0", "NOT_FOUND"],
  [DEPT, "PARENT", "C0", "NOT_FOUND"],
  [VILLAGE, "PARENT", "C0", "NOT_FOUND"],
];
// Organisers manage a township and what is in it; its own officer reaches it but may not:
// renaming T00, and creating a village in it.
const T00_MANAGED_BY_ORGANISERS: OneRow[] = [
  [PREF, "OWN", "T00", "ok"],
  [PREF, "SIBLING", "X.T00", "NOT_FOUND"],
  [COUNTY, "OWN", "T00", "ok"],
  [COUNTY, "SIBLING", "T10", "NOT_FOUND"],
  [TOWNSHIP, "OWN", "T00", "FORBIDDEN"],
  [TOWNSHIP, "SIBLING", "T01", "NOT_FOUND"],
  [DEPT, "PARENT", "T00", "NOT_FOUND"],
  [DEPT, "SIBLING", "T10", "NOT_FOUND"],
  [VILLAGE, "PARENT", "T00", "NOT_FOUND"],
];

export const ORG_CASES: Case[] = [
  // lib/org/queries.ts ------------------------------------------------------------------------
  ...list("listCounties", [
    [PREF, "OWN", {}, ["C0", "C1"]],
    [COUNTY, "OWN", {}, ["C0"]],
    [TOWNSHIP, "OWN", {}, []],
    [DEPT, "OWN", {}, []],
    [VILLAGE, "OWN", {}, []],
  ]),
  ...one("getCounty", "read", C0_ORGANISERS_ONLY),
  ...list("listTownships", [
    [PREF, "OWN", {}, ["T00", "T01", "T10", "T11"]],
    [PREF, "SIBLING", { countyId: "X.C0" }, []],
    [COUNTY, "OWN", {}, ["T00", "T01"]],
    [COUNTY, "SIBLING", { countyId: "C1" }, []],
    [TOWNSHIP, "OWN", {}, ["T00"]],
    [TOWNSHIP, "PARENT", { countyId: "C0" }, ["T00"]],
    [DEPT, "OWN", {}, []],
    [VILLAGE, "OWN", {}, []],
  ]),
  ...one("getTownship", "read", [
    [PREF, "OWN", "T00", "ok"],
    [PREF, "SIBLING", "X.T00", "NOT_FOUND"],
    [COUNTY, "OWN", "T00", "ok"],
    [COUNTY, "SIBLING", "T10", "NOT_FOUND"],
    [TOWNSHIP, "OWN", "T00", "ok"],
    [TOWNSHIP, "SIBLING", "T01", "NOT_FOUND"],
    [DEPT, "PARENT", "T00", "NOT_FOUND"], // the township of its paired village
    [DEPT, "SIBLING", "T10", "NOT_FOUND"], // the township of the sibling department's village
    [VILLAGE, "PARENT", "T00", "NOT_FOUND"],
  ]),
  ...list("listVillages", [
    [PREF, "OWN", {}, ALL_VILLAGES],
    [PREF, "SIBLING", { countyId: "X.C0" }, []],
    [COUNTY, "OWN", {}, ["V000", "V001", "V010", "V011"]],
    [COUNTY, "SIBLING", { countyId: "C1" }, []],
    [TOWNSHIP, "OWN", {}, ["V000", "V001"]],
    [TOWNSHIP, "SIBLING", { townshipId: "T01" }, []],
    [TOWNSHIP, "PARENT", { countyId: "C0" }, ["V000", "V001"]],
    [DEPT, "OWN", {}, ["V000"]],
    [DEPT, "SIBLING", { countyId: "C1" }, []],
    [DEPT, "PARENT", { countyId: "C0" }, ["V000"]],
    [VILLAGE, "OWN", {}, ["V000"]],
    [VILLAGE, "SIBLING", { countyId: "C1" }, []],
    [VILLAGE, "PARENT", { townshipId: "T00" }, ["V000"]],
  ]),
  ...one("getVillage", "read", [
    [PREF, "OWN", "V000", "ok"],
    [PREF, "SIBLING", "X.V000", "NOT_FOUND"],
    [COUNTY, "OWN", "V000", "ok"],
    [COUNTY, "SIBLING", "V100", "NOT_FOUND"],
    [TOWNSHIP, "OWN", "V000", "ok"],
    [TOWNSHIP, "SIBLING", "V010", "NOT_FOUND"],
    [DEPT, "OWN", "V000", "ok"], // paired
    [DEPT, "SIBLING", "V100", "NOT_FOUND"], // paired with the sibling department
    [DEPT, "PARENT", "V001", "NOT_FOUND"], // in its county, not paired
    [VILLAGE, "OWN", "V000", "ok"],
    [VILLAGE, "SIBLING", "V001", "NOT_FOUND"],
  ]),
  ...list("listDepartments", [
    [PREF, "OWN", {}, ["D0", "D1"]],
    [PREF, "SIBLING", { countyId: "X.C0" }, []],
    [COUNTY, "OWN", {}, ["D0"]],
    [COUNTY, "SIBLING", { countyId: "C1" }, []],
    [TOWNSHIP, "OWN", {}, []],
    [DEPT, "OWN", {}, ["D0"]],
    [DEPT, "SIBLING", { countyId: "C1" }, []],
    [VILLAGE, "OWN", {}, []],
  ]),
  ...one("getDepartment", "read", [
    [PREF, "OWN", "D0", "ok"],
    [PREF, "SIBLING", "X.D0", "NOT_FOUND"],
    [COUNTY, "OWN", "D0", "ok"],
    [COUNTY, "SIBLING", "D1", "NOT_FOUND"],
    [TOWNSHIP, "PARENT", "D0", "NOT_FOUND"], // a department of its county
    [DEPT, "OWN", "D0", "ok"],
    [DEPT, "SIBLING", "D1", "NOT_FOUND"],
    [VILLAGE, "PARENT", "D0", "NOT_FOUND"], // the department paired with its village
  ]),
  // The names of the actor's own places, for the header: always its own chain, nothing else.
  ...list("getActorPlaceNames", [
    [PREF, "OWN", {}, ["P"]],
    [COUNTY, "OWN", {}, ["P", "C0"]],
    [TOWNSHIP, "OWN", {}, ["P", "C0", "T00"]],
    [DEPT, "OWN", {}, ["P", "C0", "D0"]],
    [VILLAGE, "OWN", {}, ["P", "C0", "T00", "V000"]],
  ]),

  // lib/org/mutations.ts ----------------------------------------------------------------------
  ...one("createCounty", "write", [
    [PREF, "OWN", "P", "ok"],
    [COUNTY, "PARENT", "P", "FORBIDDEN"],
    [TOWNSHIP, "PARENT", "P", "FORBIDDEN"],
    [DEPT, "PARENT", "P", "FORBIDDEN"],
    [VILLAGE, "PARENT", "P", "FORBIDDEN"],
  ]),
  ...one("updateCounty", "write", [
    [PREF, "OWN", "C0", "ok"],
    [PREF, "SIBLING", "X.C0", "NOT_FOUND"],
    [COUNTY, "OWN", "C0", "FORBIDDEN"],
    [COUNTY, "SIBLING", "C1", "NOT_FOUND"],
    [TOWNSHIP, "PARENT", "C0", "NOT_FOUND"],
    [DEPT, "PARENT", "C0", "NOT_FOUND"],
    [VILLAGE, "PARENT", "C0", "NOT_FOUND"],
  ]),
  // The target of a create is the place the new row goes into.
  ...one("createTownship", "write", C0_ORGANISERS_ONLY),
  ...one("updateTownship", "write", T00_MANAGED_BY_ORGANISERS),
  ...one("createVillage", "write", T00_MANAGED_BY_ORGANISERS),
  ...one("updateVillage", "write", [
    [PREF, "OWN", "V000", "ok"],
    [PREF, "SIBLING", "X.V000", "NOT_FOUND"],
    [COUNTY, "OWN", "V000", "ok"],
    [COUNTY, "SIBLING", "V100", "NOT_FOUND"],
    [TOWNSHIP, "OWN", "V000", "FORBIDDEN"],
    [TOWNSHIP, "SIBLING", "V010", "NOT_FOUND"],
    [DEPT, "OWN", "V000", "FORBIDDEN"],
    [DEPT, "SIBLING", "V100", "NOT_FOUND"],
    [DEPT, "PARENT", "V001", "NOT_FOUND"],
    [VILLAGE, "OWN", "V000", "FORBIDDEN"],
    [VILLAGE, "SIBLING", "V001", "NOT_FOUND"],
  ]),
  ...one("createDepartment", "write", C0_ORGANISERS_ONLY),
  // Pairing D0 with a village of its county (and ending it again): the organisers who manage C0.
  ...one("setPairing", "write", [
    [PREF, "OWN", "D0", "ok"],
    [PREF, "SIBLING", "X.D0", "NOT_FOUND"],
    [COUNTY, "OWN", "D0", "ok"],
    [COUNTY, "SIBLING", "D1", "NOT_FOUND"],
    [TOWNSHIP, "PARENT", "D0", "NOT_FOUND"],
    [DEPT, "OWN", "D0", "FORBIDDEN"],
    [DEPT, "SIBLING", "D1", "NOT_FOUND"],
    [VILLAGE, "PARENT", "D0", "NOT_FOUND"],
  ]),
  ...one("updateDepartment", "write", [
    [PREF, "OWN", "D0", "ok"],
    [PREF, "SIBLING", "X.D0", "NOT_FOUND"],
    [COUNTY, "OWN", "D0", "ok"],
    [COUNTY, "SIBLING", "D1", "NOT_FOUND"],
    [TOWNSHIP, "PARENT", "D0", "NOT_FOUND"],
    [DEPT, "OWN", "D0", "FORBIDDEN"],
    [DEPT, "SIBLING", "D1", "NOT_FOUND"],
    [VILLAGE, "PARENT", "D0", "NOT_FOUND"],
  ]),
];
