// The access matrix's rows for lib/pledges: everyone whose reach includes the village reads its
// pledges; its secretary writes them and follows them through; the township officer of its
// township reviews them (and nobody else); an approved pledge is published by either of the two.
// Reads come first: the review queue's rows name the fixtures as the world built them, before
// any write has used one up.
import { COUNTY, DEPT, list, one, PREF, TOWNSHIP, VILLAGE, type Case, type OneRow } from "./case-table";

type Named = (village: string) => string;

/** Reads of V000's pledges: everyone reaching V000 (its department is paired with it) may. */
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

/** The secretary's writes: only V000's secretary; the rest who reach it are refused, the others never see it. */
const WRITE: (symbol: Named) => OneRow[] = (symbol) => [
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

/** Review: the officer of T00 reviews its villages' pledges (V000, V001); organisers and the secretary may not. */
const REVIEW: (symbol: Named) => OneRow[] = (symbol) => [
  [PREF, "OWN", symbol("V000"), "FORBIDDEN"],
  [PREF, "SIBLING", symbol("X.V000"), "NOT_FOUND"],
  [COUNTY, "OWN", symbol("V000"), "FORBIDDEN"],
  [COUNTY, "SIBLING", symbol("V100"), "NOT_FOUND"],
  [TOWNSHIP, "OWN", symbol("V000"), "ok"],
  [TOWNSHIP, "OWN", symbol("V001"), "ok"], // another village of his township
  [TOWNSHIP, "SIBLING", symbol("V010"), "NOT_FOUND"],
  [DEPT, "OWN", symbol("V000"), "FORBIDDEN"],
  [DEPT, "PARENT", symbol("V001"), "NOT_FOUND"],
  [VILLAGE, "OWN", symbol("V000"), "FORBIDDEN"],
  [VILLAGE, "SIBLING", symbol("V001"), "NOT_FOUND"],
  [VILLAGE, "PARENT", symbol("V010"), "NOT_FOUND"],
];

/** Publishing an approved pledge: its reviewer or its secretary. */
const PUBLISH: (symbol: Named) => OneRow[] = (symbol) =>
  REVIEW(symbol).map(([role, scope, target, outcome]): OneRow => [role, scope, target, role === VILLAGE && scope === "OWN" ? "ok" : outcome]);

const village: Named = (v) => v;
const draft: Named = (v) => `PL.${v}`;
const submitted: Named = (v) => `PLS.${v}`;
const approved: Named = (v) => `PLA.${v}`;
const published: Named = (v) => `PLP.${v}`;

export const PLEDGE_CASES: Case[] = [
  ...one("listVillagePledges", "read", READ(village)),
  ...one("getPledge", "read", READ(draft)),
  ...one("membersWithoutPledge", "read", READ(village)),
  ...list("listReviewQueue", [
    [PREF, "OWN", {}, ["PLS.V000", "PLS.V001", "PLS.V010", "PLS.V100"]],
    [COUNTY, "OWN", {}, ["PLS.V000", "PLS.V001", "PLS.V010"]],
    [TOWNSHIP, "OWN", {}, ["PLS.V000", "PLS.V001"]],
    [DEPT, "OWN", {}, []],
    [VILLAGE, "OWN", {}, []],
  ]),
  ...one("createPledge", "write", WRITE(village)),
  ...one("updatePledge", "write", WRITE(draft)),
  ...one("submitPledge", "write", WRITE(draft)),
  ...one("approvePledge", "write", REVIEW(submitted)),
  ...one("returnPledge", "write", REVIEW(submitted)),
  ...one("publishPledge", "write", PUBLISH(approved)),
  ...one("addProgress", "write", WRITE(published)),
  ...one("closePledge", "write", WRITE(published)),
  ...one("amendPledge", "write", WRITE(published)),
];
