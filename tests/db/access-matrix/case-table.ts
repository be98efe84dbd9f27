// The shape of the access matrix's rows, the roles and symbols they are written in, and the two
// helpers that turn compact rows into named cases.
import type { Role } from "@/lib/generated/prisma/enums";

// ---------------------------------------------------------------------------------------------
// The places and accounts the table names (world.ts builds them)
//
//   P              the prefecture (X.… : the same places in a second prefecture)
//   C0, C1         its two counties; the actors sit in C0
//   T00, T01       C0's townships (T10, T11: C1's); the township officer sits in T00
//   V000, V001     T00's villages (V010, V011: T01's; V100…: C1's); the secretary sits in V000
//   D0, D1         one department per county, D0 paired with V000, D1 with V100
//   u.ROLE         the account of that role at the first place (the actors)
//   s.ROLE         the account of that role at the sibling place (C1, T01, D1, V001)
//   peer.COUNTY    a second county organiser of C0
//   X.u.PREF       the other prefecture's organiser
//   PR.<village>   a problem of that village (PR.V000, PR.V001, PR.V010, PR.V100, PR.X.V000)
//   FP.V000        a focus problem of V000 with no plan yet
//   PL.<village>   a DRAFT branch pledge of that village (PL.V000, PL.V001, PL.V010, PL.V100, PL.X.V000);
//                  PLS.<village> a SUBMITTED one, PLA.<village> an APPROVED one, PLP.<village> a PUBLISHED one
//                  (a write that succeeds on one uses it up: the symbol then names a fresh one)
//   UPT.V000       a DRAFT upward pledge of T00 to V000; UPTS.V000 a SUBMITTED one; UPD.V000 a DRAFT one of D0
//   GP.V000, GP.V100  a good-practice entry of that village
//   NP.<village>   an active member of that village with no pledge
//   OP.<village>   a PENDING public-board opinion of that village (OP.V000, OP.V001, OP.V010, OP.V100, OP.X.V000)
//   M.<village>    a member of that village with no pledge (M.V000, M.V001, M.V010, M.V100, M.X.V000)

export const PREF = "PREFECTURE_ORGANISER";
export const COUNTY = "COUNTY_ORGANISER";
export const TOWNSHIP = "TOWNSHIP_OFFICER";
export const DEPT = "DEPARTMENT_OFFICER";
export const VILLAGE = "VILLAGE_SECRETARY";
export const ROLES: Role[] = [PREF, COUNTY, TOWNSHIP, DEPT, VILLAGE];
/** The ROLE of u.ROLE and s.ROLE. */
export const ROLE_SYMBOL: Record<Role, string> = {
  PREFECTURE_ORGANISER: "PREF",
  COUNTY_ORGANISER: "COUNTY",
  TOWNSHIP_OFFICER: "TOWNSHIP",
  DEPARTMENT_OFFICER: "DEPARTMENT",
  VILLAGE_SECRETARY: "VILLAGE",
};

export type Scope = "SELF" | "OWN" | "SIBLING" | "PARENT";
export type Outcome = "ok" | "NOT_FOUND" | "FORBIDDEN";
export type Filter = { countyId?: string; townshipId?: string };

export type OneFn =
  | "getCounty" | "getTownship" | "getVillage" | "getDepartment" | "getAccount"
  | "createCounty" | "updateCounty" | "createTownship" | "updateTownship" | "createVillage" | "updateVillage"
  | "createDepartment" | "updateDepartment" | "setPairing" | "markGoodPractice" | "removeGoodPractice" | "createAccount" | "resetAccountPassword" | "setAccountActive"
  | "listProblems" | "getProblem" | "createProblem" | "updateProblem" | "setFocus" | "savePlan"
  | OpinionFn | MemberFn | PledgeOneFn | EvaluationOneFn | OversightFn | LedgerFn;
export type LedgerFn = "openLedgerExport" | "dryRunImport" | "commitImport";
export type OversightFn = "getCoverage" | "listWeakLinks" | "getOversightCharts";
export type OpinionFn = "listOpinions" | "getOpinion" | "createOpinion" | "acceptOpinion" | "setAsideOpinion";
export type MemberFn = "listMembers" | "getMember" | "createMember" | "updateMember" | "setMemberActive" | "deleteMember";
export type PledgeOneFn =
  | "listVillagePledges" | "getPledge" | "membersWithoutPledge" | "createPledge" | "createUpwardPledge" | "updatePledge" | "submitPledge"
  | "approvePledge" | "returnPledge" | "publishPledge" | "addProgress" | "closePledge" | "explainPledge" | "amendPledge";
export type PledgeListFn = "listReviewQueue" | "listOwnUpwardPledges" | "listFocusProblemsInReach";
export type EvaluationOneFn =
  | "listRounds" | "listEvaluablePledges" | "getRound" | "getSecondEntrySheet" | "getTallyPhoto" | "openRound" | "closeRound"
  | "generateCodes" | "voidBatch" | "recordMemberBallot" | "enterFirstTally" | "enterSecondTally" | "assessPledge";
export type EvaluationListFn = "listTallyQueue";
export type ListFn = "listGoodPractices" | "listCounties" | "listTownships" | "listVillages" | "listDepartments" | "listAccounts" | "getActorPlaceNames" | PledgeListFn | EvaluationListFn;
export type FnName = OneFn | ListFn;

/** One call on one target; `expect` is the outcome the caller must see. */
export type OneCase = { fn: OneFn; op: "read" | "write"; role: Role; scope: Scope; target: string; expect: Outcome; title: string };
/** One list call (a filter naming a place in that scope); `expect` is exactly what it returns. */
export type ListCase = { fn: ListFn; op: "read"; role: Role; scope: Scope; filter: Filter; expect: string[]; title: string };
export type Case = OneCase | ListCase;

/** A row of a one-target table: who acts, in which scope, on which target, with what outcome. */
export type OneRow = [Role, Scope, string, Outcome];

export const one = (fn: OneFn, op: "read" | "write", rows: OneRow[]): OneCase[] =>
  rows.map(([role, scope, target, expect]) => ({ fn, op, role, scope, target, expect, title: `${fn} · ${role} · ${scope} ${target} → ${expect}` }));
export const list = (fn: ListFn, rows: [Role, Scope, Filter, string[]][]): ListCase[] =>
  rows.map(([role, scope, filter, expect]) => {
    const on = Object.keys(filter).length ? JSON.stringify(filter).replace(/"/g, "") : "(no filter)";
    return { fn, op: "read", role, scope, filter, expect, title: `${fn} · ${role} · ${scope} ${on} → [${expect.join(", ")}]` };
  });
