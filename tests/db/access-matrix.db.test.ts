// THE access matrix: every data-layer function of lib/org and lib/accounts, for every role, against
// a target in the actor's OWN scope, a SIBLING scope and the PARENT scope (and, for accounts, the
// actor's own account: SELF). The expected outcomes are written out below as data; they follow the
// documented rules (docs/architecture.md, Access; lib/org/scope.ts and lib/org/policy.ts):
//
// - Reach is the subtree under the actor's place; a department reaches the villages paired with it.
//   Accounts: organisers reach the accounts placed inside their place; everyone else only their own.
// - A target outside reach is NOT_FOUND, never a hint that it exists.
// - Inside reach but not allowed is FORBIDDEN. Counties are managed by the prefecture organiser only;
//   townships, villages and departments by the prefecture organiser and their own county's organiser;
//   accounts by organisers, of roles not above their own, never their own account.
// - A write that names no target place (createCounty; createAccount by a role that may create no
//   account at all) is refused by role alone, FORBIDDEN, before anything is looked up: that answer
//   is the same for every target, so it reveals nothing.
//
// Each case also checks the effect a user would see: an allowed update changed the row, a refused
// one left it exactly as it was; an allowed create made the row, a refused one made nothing.
import { beforeAll, describe, expect, it } from "vitest";
import * as accountMutations from "@/lib/accounts/mutations";
import * as accountQueries from "@/lib/accounts/queries";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import * as orgMutations from "@/lib/org/mutations";
import * as orgQueries from "@/lib/org/queries";
import { createOrgTree, createUser, uniquePhone, type OrgTree } from "@/tests/factories";
import { actorFor, outcomeOf } from "./helpers";

// ---------------------------------------------------------------------------------------------
// The places and accounts the table names
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

const PREF = "PREFECTURE_ORGANISER";
const COUNTY = "COUNTY_ORGANISER";
const TOWNSHIP = "TOWNSHIP_OFFICER";
const DEPT = "DEPARTMENT_OFFICER";
const VILLAGE = "VILLAGE_SECRETARY";
const ROLES: Role[] = [PREF, COUNTY, TOWNSHIP, DEPT, VILLAGE];

type Scope = "SELF" | "OWN" | "SIBLING" | "PARENT";
type Outcome = "ok" | "NOT_FOUND" | "FORBIDDEN";
type Filter = { countyId?: string; townshipId?: string };

type OneFn =
  | "getCounty" | "getTownship" | "getVillage" | "getDepartment" | "getAccount"
  | "createCounty" | "updateCounty" | "createTownship" | "updateTownship" | "createVillage" | "updateVillage"
  | "createDepartment" | "updateDepartment" | "createAccount" | "resetAccountPassword" | "setAccountActive";
type ListFn = "listCounties" | "listTownships" | "listVillages" | "listDepartments" | "listAccounts" | "getActorPlaceNames";
type FnName = OneFn | ListFn;

/** One call on one target; `expect` is the outcome the caller must see. */
type OneCase = { fn: OneFn; op: "read" | "write"; role: Role; scope: Scope; target: string; expect: Outcome; title: string };
/** One list call (a filter naming a place in that scope); `expect` is exactly what it returns. */
type ListCase = { fn: ListFn; op: "read"; role: Role; scope: Scope; filter: Filter; expect: string[]; title: string };
type Case = OneCase | ListCase;

const one = (fn: OneFn, op: "read" | "write", rows: [Role, Scope, string, Outcome][]): OneCase[] =>
  rows.map(([role, scope, target, expect]) => ({ fn, op, role, scope, target, expect, title: `${fn} · ${role} · ${scope} ${target} → ${expect}` }));
const list = (fn: ListFn, rows: [Role, Scope, Filter, string[]][]): ListCase[] =>
  rows.map(([role, scope, filter, expect]) => {
    const on = Object.keys(filter).length ? JSON.stringify(filter).replace(/"/g, "") : "(no filter)";
    return { fn, op: "read", role, scope, filter, expect, title: `${fn} · ${role} · ${scope} ${on} → [${expect.join(", ")}]` };
  });

const ALL_VILLAGES = ["V000", "V001", "V010", "V011", "V100", "V101", "V110", "V111"];
const C0_ACCOUNTS = ["u.COUNTY", "u.TOWNSHIP", "u.DEPARTMENT", "u.VILLAGE", "s.TOWNSHIP", "s.VILLAGE", "peer.COUNTY"];

// ---------------------------------------------------------------------------------------------
// The matrix

const CASES: Case[] = [
  // lib/org/queries.ts ------------------------------------------------------------------------
  ...list("listCounties", [
    [PREF, "OWN", {}, ["C0", "C1"]],
    [COUNTY, "OWN", {}, ["C0"]],
    [TOWNSHIP, "OWN", {}, []],
    [DEPT, "OWN", {}, []],
    [VILLAGE, "OWN", {}, []],
  ]),
  ...one("getCounty", "read", [
    [PREF, "OWN", "C0", "ok"],
    [PREF, "SIBLING", "X.C0", "NOT_FOUND"],
    [COUNTY, "OWN", "C0", "ok"],
    [COUNTY, "SIBLING", "C1", "NOT_FOUND"],
    [TOWNSHIP, "PARENT", "C0", "NOT_FOUND"],
    [DEPT, "PARENT", "C0", "NOT_FOUND"],
    [VILLAGE, "PARENT", "C0", "NOT_FOUND"],
  ]),
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
  ...one("createTownship", "write", [
    [PREF, "OWN", "C0", "ok"],
    [PREF, "SIBLING", "X.C0", "NOT_FOUND"],
    [COUNTY, "OWN", "C0", "ok"],
    [COUNTY, "SIBLING", "C1", "NOT_FOUND"],
    [TOWNSHIP, "PARENT", "C0", "NOT_FOUND"],
    [DEPT, "PARENT", "C0", "NOT_FOUND"],
    [VILLAGE, "PARENT", "C0", "NOT_FOUND"],
  ]),
  ...one("updateTownship", "write", [
    [PREF, "OWN", "T00", "ok"],
    [PREF, "SIBLING", "X.T00", "NOT_FOUND"],
    [COUNTY, "OWN", "T00", "ok"],
    [COUNTY, "SIBLING", "T10", "NOT_FOUND"],
    [TOWNSHIP, "OWN", "T00", "FORBIDDEN"],
    [TOWNSHIP, "SIBLING", "T01", "NOT_FOUND"],
    [DEPT, "PARENT", "T00", "NOT_FOUND"],
    [DEPT, "SIBLING", "T10", "NOT_FOUND"],
    [VILLAGE, "PARENT", "T00", "NOT_FOUND"],
  ]),
  ...one("createVillage", "write", [
    [PREF, "OWN", "T00", "ok"],
    [PREF, "SIBLING", "X.T00", "NOT_FOUND"],
    [COUNTY, "OWN", "T00", "ok"],
    [COUNTY, "SIBLING", "T10", "NOT_FOUND"],
    [TOWNSHIP, "OWN", "T00", "FORBIDDEN"],
    [TOWNSHIP, "SIBLING", "T01", "NOT_FOUND"],
    [DEPT, "PARENT", "T00", "NOT_FOUND"],
    [DEPT, "SIBLING", "T10", "NOT_FOUND"],
    [VILLAGE, "PARENT", "T00", "NOT_FOUND"],
  ]),
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
  ...one("createDepartment", "write", [
    [PREF, "OWN", "C0", "ok"],
    [PREF, "SIBLING", "X.C0", "NOT_FOUND"],
    [COUNTY, "OWN", "C0", "ok"],
    [COUNTY, "SIBLING", "C1", "NOT_FOUND"],
    [TOWNSHIP, "PARENT", "C0", "NOT_FOUND"],
    [DEPT, "PARENT", "C0", "NOT_FOUND"],
    [VILLAGE, "PARENT", "C0", "NOT_FOUND"],
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

  // lib/accounts/queries.ts -------------------------------------------------------------------
  ...list("listAccounts", [
    [PREF, "OWN", {}, ["u.PREF", ...C0_ACCOUNTS, "s.COUNTY", "s.DEPARTMENT"]],
    [COUNTY, "OWN", {}, C0_ACCOUNTS],
    [TOWNSHIP, "OWN", {}, ["u.TOWNSHIP"]],
    [DEPT, "OWN", {}, ["u.DEPARTMENT"]],
    [VILLAGE, "OWN", {}, ["u.VILLAGE"]],
  ]),
  ...one("getAccount", "read", [
    [PREF, "SELF", "u.PREF", "ok"],
    [PREF, "OWN", "u.COUNTY", "ok"],
    [PREF, "SIBLING", "X.u.PREF", "NOT_FOUND"],
    [COUNTY, "SELF", "u.COUNTY", "ok"],
    [COUNTY, "OWN", "u.TOWNSHIP", "ok"],
    [COUNTY, "SIBLING", "s.COUNTY", "NOT_FOUND"],
    [COUNTY, "PARENT", "u.PREF", "NOT_FOUND"],
    [TOWNSHIP, "SELF", "u.TOWNSHIP", "ok"],
    [TOWNSHIP, "OWN", "u.VILLAGE", "NOT_FOUND"], // a secretary in its township: not an organiser
    [TOWNSHIP, "SIBLING", "s.TOWNSHIP", "NOT_FOUND"],
    [TOWNSHIP, "PARENT", "u.COUNTY", "NOT_FOUND"],
    [DEPT, "SELF", "u.DEPARTMENT", "ok"],
    [DEPT, "OWN", "u.VILLAGE", "NOT_FOUND"], // the secretary of its paired village
    [DEPT, "SIBLING", "s.DEPARTMENT", "NOT_FOUND"],
    [DEPT, "PARENT", "u.COUNTY", "NOT_FOUND"],
    [VILLAGE, "SELF", "u.VILLAGE", "ok"],
    [VILLAGE, "SIBLING", "s.VILLAGE", "NOT_FOUND"],
    [VILLAGE, "PARENT", "u.TOWNSHIP", "NOT_FOUND"],
  ]),

  // lib/accounts/mutations.ts -----------------------------------------------------------------
  // Target: the role of the new account @ the place it is given.
  ...one("createAccount", "write", [
    [PREF, "OWN", "PREFECTURE_ORGANISER@P", "ok"],
    [PREF, "OWN", "COUNTY_ORGANISER@C0", "ok"],
    [PREF, "OWN", "VILLAGE_SECRETARY@V000", "ok"],
    [PREF, "SIBLING", "COUNTY_ORGANISER@X.C0", "NOT_FOUND"],
    [COUNTY, "OWN", "COUNTY_ORGANISER@C0", "ok"], // its own rank
    [COUNTY, "OWN", "TOWNSHIP_OFFICER@T00", "ok"],
    [COUNTY, "OWN", "DEPARTMENT_OFFICER@D0", "ok"],
    [COUNTY, "SIBLING", "TOWNSHIP_OFFICER@T10", "NOT_FOUND"],
    [COUNTY, "SIBLING", "COUNTY_ORGANISER@C1", "NOT_FOUND"],
    [COUNTY, "PARENT", "PREFECTURE_ORGANISER@P", "FORBIDDEN"], // a role above its own
    [TOWNSHIP, "OWN", "VILLAGE_SECRETARY@V000", "FORBIDDEN"],
    [TOWNSHIP, "SIBLING", "VILLAGE_SECRETARY@V010", "FORBIDDEN"], // refused by role, nothing looked up
    [TOWNSHIP, "PARENT", "COUNTY_ORGANISER@C0", "FORBIDDEN"],
    [DEPT, "OWN", "VILLAGE_SECRETARY@V000", "FORBIDDEN"],
    [DEPT, "SIBLING", "DEPARTMENT_OFFICER@D1", "FORBIDDEN"],
    [DEPT, "PARENT", "COUNTY_ORGANISER@C0", "FORBIDDEN"],
    [VILLAGE, "OWN", "VILLAGE_SECRETARY@V000", "FORBIDDEN"],
    [VILLAGE, "SIBLING", "VILLAGE_SECRETARY@V001", "FORBIDDEN"],
    [VILLAGE, "PARENT", "TOWNSHIP_OFFICER@T00", "FORBIDDEN"],
  ]),
  ...(["resetAccountPassword", "setAccountActive"] as const).flatMap((fn) =>
    one(fn, "write", [
      [PREF, "SELF", "u.PREF", "FORBIDDEN"],
      [PREF, "OWN", "u.COUNTY", "ok"],
      [PREF, "OWN", "u.VILLAGE", "ok"],
      [PREF, "SIBLING", "X.u.PREF", "NOT_FOUND"],
      [COUNTY, "SELF", "u.COUNTY", "FORBIDDEN"],
      [COUNTY, "OWN", "peer.COUNTY", "ok"], // its own rank
      [COUNTY, "OWN", "u.TOWNSHIP", "ok"],
      [COUNTY, "SIBLING", "s.COUNTY", "NOT_FOUND"],
      [COUNTY, "SIBLING", "s.DEPARTMENT", "NOT_FOUND"],
      [COUNTY, "PARENT", "u.PREF", "NOT_FOUND"],
      [TOWNSHIP, "SELF", "u.TOWNSHIP", "FORBIDDEN"],
      [TOWNSHIP, "OWN", "u.VILLAGE", "NOT_FOUND"],
      [TOWNSHIP, "SIBLING", "s.TOWNSHIP", "NOT_FOUND"],
      [TOWNSHIP, "PARENT", "u.COUNTY", "NOT_FOUND"],
      [DEPT, "SELF", "u.DEPARTMENT", "FORBIDDEN"],
      [DEPT, "OWN", "u.VILLAGE", "NOT_FOUND"],
      [DEPT, "SIBLING", "s.DEPARTMENT", "NOT_FOUND"],
      [DEPT, "PARENT", "u.COUNTY", "NOT_FOUND"],
      [VILLAGE, "SELF", "u.VILLAGE", "FORBIDDEN"],
      [VILLAGE, "SIBLING", "s.VILLAGE", "NOT_FOUND"],
      [VILLAGE, "PARENT", "u.TOWNSHIP", "NOT_FOUND"],
    ]),
  ),
];

/** Exports of the four data-layer files that are not data-layer functions. */
const NOT_DATA_LAYER_FUNCTIONS = new Set(["PAGE_SIZE", "newVillageSlug"]);
const DATA_LAYER_MODULES = {
  "lib/org/queries.ts": orgQueries,
  "lib/org/mutations.ts": orgMutations,
  "lib/accounts/queries.ts": accountQueries,
  "lib/accounts/mutations.ts": accountMutations,
};

// ---------------------------------------------------------------------------------------------
// The world the symbols name

let tree: OrgTree;
let other: OrgTree;
const ids = new Map<string, string>();

function id(symbol: string): string {
  const found = ids.get(symbol);
  if (!found) throw new Error(`The matrix names "${symbol}", which the test tree does not have`);
  return found;
}

async function nameOf(symbol: string): Promise<string> {
  const where = { where: { id: id(symbol) }, select: { name: true } };
  const kind = symbol.replace(/^X\./, "")[0];
  const row =
    kind === "P" ? await db.prefecture.findUniqueOrThrow(where)
    : kind === "C" ? await db.county.findUniqueOrThrow(where)
    : kind === "T" ? await db.township.findUniqueOrThrow(where)
    : kind === "V" ? await db.village.findUniqueOrThrow(where)
    : await db.department.findUniqueOrThrow(where);
  return row.name;
}

beforeAll(async () => {
  tree = await createOrgTree(db);
  other = await createOrgTree(db);
  const peer = await createUser(db, { role: COUNTY, countyId: tree.county.id, prefectureId: tree.prefectureId });

  ids.set("P", tree.prefectureId);
  tree.counties.forEach((county, c) => {
    ids.set(`C${c}`, county.id);
    ids.set(`D${c}`, county.department.id);
    county.townships.forEach((township, t) => {
      ids.set(`T${c}${t}`, township.id);
      township.villages.forEach((village, v) => ids.set(`V${c}${t}${v}`, village.id));
    });
  });
  ids.set("X.C0", other.county.id);
  ids.set("X.T00", other.township.id);
  ids.set("X.V000", other.village.id);
  ids.set("X.D0", other.department.id);
  const short = { prefectureOrganiser: "PREF", countyOrganiser: "COUNTY", townshipOfficer: "TOWNSHIP", departmentOfficer: "DEPARTMENT", villageSecretary: "VILLAGE" } as const;
  for (const [key, user] of Object.entries(tree.users)) ids.set(`u.${short[key as keyof typeof short]}`, user.id);
  for (const [key, user] of Object.entries(tree.siblingUsers)) ids.set(`s.${short[key as keyof typeof short]}`, user.id);
  ids.set("peer.COUNTY", peer.id);
  ids.set("X.u.PREF", other.users.prefectureOrganiser.id);

  // The symbols mean what the legend says.
  expect(tree.counties[0].department.pairedVillageId).toBe(id("V000"));
  expect(tree.counties[1].department.pairedVillageId).toBe(id("V100"));
  expect(tree.siblingUsers.townshipOfficer).toBeDefined();
  const sibling = await db.user.findUniqueOrThrow({ where: { id: id("s.TOWNSHIP") } });
  expect(sibling.townshipId).toBe(id("T01"));
});

const actorOf = (role: Role): Promise<Actor> =>
  actorFor(id(`u.${{ PREFECTURE_ORGANISER: "PREF", COUNTY_ORGANISER: "COUNTY", TOWNSHIP_OFFICER: "TOWNSHIP", DEPARTMENT_OFFICER: "DEPARTMENT", VILLAGE_SECRETARY: "VILLAGE" }[role]}`));

// ---------------------------------------------------------------------------------------------
// How each function is called, and what its effect must be

let serial = 0;
const freshName = (what: string) => `${what}${++serial}-${Date.now() % 100000}`;

type OneDriver = (actor: Actor, target: string, expected: Outcome) => Promise<void>;
type ListDriver = (actor: Actor, filter: Filter) => Promise<string[]>;

/** A read of one row: ok returns that row (and no secrets), NOT_FOUND says nothing more. */
const read =
  (call: (actor: Actor, id: string) => Promise<{ id: string }>): OneDriver =>
  async (actor, target, expected) => {
    const outcome = await outcomeOf(() => call(actor, id(target)));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") {
      expect((outcome.value as { id: string }).id).toBe(id(target));
      expect(outcome.value).not.toHaveProperty("passwordHash");
    } else {
      expect(outcome).toMatchObject({ message: outcome.code });
    }
  };

type Versioned = { id: string; name: string; version: number };
type Table = { findUniqueOrThrow(args: { where: { id: string } }): Promise<Versioned> };
const tables = { county: db.county, township: db.township, village: db.village, department: db.department } as unknown as Record<string, Table>;

/** A versioned rename: ok changes the name and the version; a refusal leaves the row untouched. */
const update =
  (kind: "county" | "township" | "village" | "department", call: (actor: Actor, input: Record<string, unknown>) => Promise<unknown>): OneDriver =>
  async (actor, target, expected) => {
    const before = await tables[kind]!.findUniqueOrThrow({ where: { id: id(target) } });
    const name = freshName(`改名${kind}`);
    const input = { id: before.id, version: before.version, name, ...(kind === "village" ? { households: "321", branchName: "" } : {}) };
    const outcome = await outcomeOf(() => call(actor, input));
    expect(outcome.code).toBe(expected);
    const after = await tables[kind]!.findUniqueOrThrow({ where: { id: before.id } });
    if (outcome.code === "ok") expect(after).toMatchObject({ name, version: before.version + 1 });
    else expect(after).toEqual(before);
  };

/** A create inside a place: ok makes exactly that row there (removed again afterwards); a refusal makes nothing. */
const create =
  (
    kind: "county" | "township" | "village" | "department",
    parentField: "prefectureId" | "countyId" | "townshipId",
    call: (actor: Actor, input: Record<string, unknown>) => Promise<unknown>,
  ): OneDriver =>
  async (actor, target, expected) => {
    const name = freshName(`新${kind}`);
    const input = { [parentField]: id(target), name, ...(kind === "village" ? { households: "88", isPastoral: "on" } : {}) };
    const outcome = await outcomeOf(() => call(actor, input));
    expect(outcome.code).toBe(expected);
    const delegate = db[kind] as unknown as {
      findMany(args: unknown): Promise<{ id: string }[]>;
      deleteMany(args: unknown): Promise<unknown>;
    };
    const made = await delegate.findMany({ where: { name } });
    if (outcome.code === "ok") {
      expect(made).toHaveLength(1);
      expect(await delegate.findMany({ where: { name, [parentField]: id(target) } })).toHaveLength(1);
      await delegate.deleteMany({ where: { id: made[0]!.id } });
    } else {
      expect(made).toEqual([]);
    }
  };

/** A change to someone's account: ok shows in the account; a refusal leaves it exactly as it was. */
const accountWrite =
  (change: (actor: Actor, id: string) => Promise<unknown>, effect: (before: AccountRow, after: AccountRow) => Promise<void>): OneDriver =>
  async (actor, target, expected) => {
    const before = await db.user.findUniqueOrThrow({ where: { id: id(target) } });
    const outcome = await outcomeOf(() => change(actor, before.id));
    expect(outcome.code).toBe(expected);
    const after = await db.user.findUniqueOrThrow({ where: { id: before.id } });
    if (outcome.code === "ok") await effect(before, after);
    else expect(after).toEqual(before);
  };
type AccountRow = Awaited<ReturnType<typeof db.user.findUniqueOrThrow>>;

const NEW_PASSWORD = "Reset-Pledge-2026";

const ONE: Record<OneFn, OneDriver> = {
  getCounty: read(orgQueries.getCounty),
  getTownship: read(orgQueries.getTownship),
  getVillage: read(orgQueries.getVillage),
  getDepartment: read(orgQueries.getDepartment),
  getAccount: read(accountQueries.getAccount),
  createCounty: create("county", "prefectureId", (actor, { name }) => orgMutations.createCounty(actor, { name })),
  updateCounty: update("county", orgMutations.updateCounty),
  createTownship: create("township", "countyId", orgMutations.createTownship),
  updateTownship: update("township", orgMutations.updateTownship),
  createVillage: create("village", "townshipId", orgMutations.createVillage),
  updateVillage: update("village", orgMutations.updateVillage),
  createDepartment: create("department", "countyId", orgMutations.createDepartment),
  updateDepartment: update("department", orgMutations.updateDepartment),

  async createAccount(actor, target, expected) {
    const [role, place] = target.split("@") as [Role, string];
    const phone = uniquePhone();
    const outcome = await outcomeOf(() =>
      accountMutations.createAccount(actor, { name: "新账号", phone, role, placeId: role === PREF ? "" : id(place), password: NEW_PASSWORD }),
    );
    expect(outcome.code).toBe(expected);
    const made = await db.user.findUnique({ where: { phone } });
    if (outcome.code !== "ok") {
      expect(made).toBeNull();
      return;
    }
    expect(made).toMatchObject({ role, prefectureId: actor.prefectureId, isActive: true });
    const placeField = { PREFECTURE_ORGANISER: "prefectureId", COUNTY_ORGANISER: "countyId", TOWNSHIP_OFFICER: "townshipId", DEPARTMENT_OFFICER: "departmentId", VILLAGE_SECRETARY: "villageId" }[role];
    expect(made![placeField as keyof AccountRow]).toBe(id(place));
    expect(await verifyPassword(made!.passwordHash, NEW_PASSWORD)).toBe(true);
    await db.user.delete({ where: { id: made!.id } });
  },

  resetAccountPassword: accountWrite(
    (actor, userId) => accountMutations.resetAccountPassword(actor, { id: userId, password: NEW_PASSWORD }),
    async (before, after) => {
      expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
      expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    },
  ),

  setAccountActive: accountWrite(
    (actor, userId) => accountMutations.setAccountActive(actor, { id: userId, isActive: false }),
    async (before, after) => {
      expect(after.isActive).toBe(false);
      expect(after.sessionVersion).toBe(before.sessionVersion + 1);
      await db.user.update({ where: { id: after.id }, data: { isActive: true } });
    },
  ),
};

const resolveFilter = (filter: Filter): Filter => Object.fromEntries(Object.entries(filter).map(([key, symbol]) => [key, id(symbol!)]));
const LIST: Record<ListFn, { call: ListDriver; by: "id" | "name" }> = {
  listCounties: { by: "id", call: async (actor) => (await orgQueries.listCounties(actor)).map((row) => row.id) },
  listTownships: { by: "id", call: async (actor, filter) => (await orgQueries.listTownships(actor, filter)).map((row) => row.id) },
  listVillages: { by: "id", call: async (actor, filter) => (await orgQueries.listVillages(actor, filter)).villages.map((row) => row.id) },
  listDepartments: { by: "id", call: async (actor, filter) => (await orgQueries.listDepartments(actor, filter)).map((row) => row.id) },
  listAccounts: { by: "id", call: async (actor) => (await accountQueries.listAccounts(actor)).accounts.map((row) => row.id) },
  getActorPlaceNames: { by: "name", call: (actor) => orgQueries.getActorPlaceNames(actor) },
};

// ---------------------------------------------------------------------------------------------

describe("access matrix", () => {
  it.each(CASES.map((c) => [c.title, c] as const))("%s", async (_title, c) => {
    const actor = await actorOf(c.role);
    if (Array.isArray(c.expect)) {
      const { call, by } = LIST[c.fn as ListFn];
      const got = await call(actor, resolveFilter((c as ListCase).filter));
      if (by === "name") {
        expect(got).toEqual(await Promise.all(c.expect.map(nameOf)));
      } else {
        const symbolOf = new Map([...ids].map(([symbol, value]) => [value, symbol]));
        expect(got.map((value) => symbolOf.get(value) ?? `unnamed row ${value}`).sort()).toEqual([...c.expect].sort());
      }
    } else {
      await ONE[c.fn as OneFn](actor, (c as OneCase).target, c.expect);
    }
  });

  it("has rows for every exported data-layer function, for every role", () => {
    const exported = Object.entries(DATA_LAYER_MODULES).flatMap(([file, module]) =>
      Object.entries(module)
        .filter(([name]) => !NOT_DATA_LAYER_FUNCTIONS.has(name))
        .map(([name, value]) => {
          expect(typeof value, `${file} exports ${name}, which is not a function: add it to NOT_DATA_LAYER_FUNCTIONS`).toBe("function");
          return name;
        }),
    );
    const inTable = new Set<FnName>(CASES.map((c) => c.fn));
    expect(exported.filter((name) => !inTable.has(name as FnName)), "data-layer functions with no matrix rows").toEqual([]);
    expect([...inTable].filter((name) => !exported.includes(name)), "matrix rows for functions that no longer exist").toEqual([]);
    for (const fn of inTable) {
      const roles = new Set(CASES.filter((c) => c.fn === fn).map((c) => c.role));
      expect(ROLES.filter((role) => !roles.has(role)), `${fn} has no rows for`).toEqual([]);
    }
  });

  it("tests every write for its effect: each function has at least one allowed and one refused case", () => {
    for (const fn of new Set(CASES.filter((c) => c.op === "write").map((c) => c.fn))) {
      const outcomes = new Set(CASES.filter((c) => c.fn === fn).map((c) => c.expect as Outcome));
      expect(outcomes.has("ok"), `${fn} has no allowed case`).toBe(true);
      expect(outcomes.size, `${fn} has no refused case`).toBeGreaterThan(1);
    }
  });
});
