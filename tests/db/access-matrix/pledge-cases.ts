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

/** Upward pledges: the township officer of T00 and the officer of D0 (paired with V000) give them; nobody else. */
const UPWARD: OneRow[] = [
  [PREF, "OWN", "V000", "FORBIDDEN"],
  [PREF, "SIBLING", "X.V000", "NOT_FOUND"],
  [COUNTY, "OWN", "V000", "FORBIDDEN"],
  [COUNTY, "SIBLING", "V100", "NOT_FOUND"],
  [TOWNSHIP, "OWN", "V000", "ok"],
  [TOWNSHIP, "SIBLING", "V010", "NOT_FOUND"],
  [DEPT, "OWN", "V000", "ok"],
  [DEPT, "PARENT", "V001", "NOT_FOUND"],
  [VILLAGE, "OWN", "V000", "FORBIDDEN"],
  [VILLAGE, "SIBLING", "V001", "NOT_FOUND"],
];

/** Writing an upward pledge: its own township's officer (UPT) or department's officer (UPD); the rest who reach V000 may not. */
const UPWARD_WRITE: OneRow[] = [
  [PREF, "OWN", "UPT.V000", "FORBIDDEN"],
  [COUNTY, "OWN", "UPT.V000", "FORBIDDEN"],
  [TOWNSHIP, "OWN", "UPT.V000", "ok"],
  [TOWNSHIP, "OWN", "UPD.V000", "FORBIDDEN"],
  [DEPT, "OWN", "UPD.V000", "ok"],
  [DEPT, "OWN", "UPT.V000", "FORBIDDEN"],
  [VILLAGE, "OWN", "UPT.V000", "FORBIDDEN"],
];

/** Reviewing the township's own upward pledge: the county organiser of its county, never the township itself. */
const UPWARD_REVIEW: OneRow[] = [
  [PREF, "OWN", "UPTS.V000", "FORBIDDEN"],
  [COUNTY, "OWN", "UPTS.V000", "ok"],
  [TOWNSHIP, "OWN", "UPTS.V000", "FORBIDDEN"],
  [DEPT, "OWN", "UPTS.V000", "FORBIDDEN"],
  [VILLAGE, "OWN", "UPTS.V000", "FORBIDDEN"],
];

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
    [PREF, "OWN", {}, []],
    [COUNTY, "OWN", {}, ["UPTS.V000"]],
    [TOWNSHIP, "OWN", {}, ["PLS.V000", "PLS.V001"]],
    [DEPT, "OWN", {}, []],
    [VILLAGE, "OWN", {}, []],
  ]),
  ...list("listOwnUpwardPledges", [
    [PREF, "OWN", {}, []],
    [COUNTY, "OWN", {}, []],
    [TOWNSHIP, "OWN", {}, ["UPT.V000", "UPTS.V000"]],
    [DEPT, "OWN", {}, ["UPD.V000"]],
    [VILLAGE, "OWN", {}, []],
  ]),
  // FP.V000 is the world's one focus problem: everyone who reaches V000 sees it.
  ...list("listFocusProblemsInReach", [
    [PREF, "OWN", {}, ["FP.V000"]],
    [COUNTY, "OWN", {}, ["FP.V000"]],
    [TOWNSHIP, "OWN", {}, ["FP.V000"]],
    [DEPT, "OWN", {}, ["FP.V000"]],
    [VILLAGE, "OWN", {}, ["FP.V000"]],
  ]),
  ...one("createPledge", "write", WRITE(village)),
  ...one("createUpwardPledge", "write", UPWARD),
  ...one("updatePledge", "write", [...WRITE(draft), ...UPWARD_WRITE]),
  ...one("submitPledge", "write", [...WRITE(draft), ...UPWARD_WRITE]),
  ...one("approvePledge", "write", [...REVIEW(submitted), ...UPWARD_REVIEW]),
  ...one("returnPledge", "write", REVIEW(submitted)),
  ...one("publishPledge", "write", PUBLISH(approved)),
  ...one("addProgress", "write", WRITE(published)),
  ...one("closePledge", "write", WRITE(published)),
  ...one("explainPledge", "write", WRITE(published)),
  ...one("amendPledge", "write", WRITE(published)),
];
