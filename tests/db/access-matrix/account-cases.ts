// The access matrix's rows for lib/accounts: every query and mutation, for every role, against
// the actor's own account (SELF), an account in its own scope, a sibling scope and the parent scope.
import { COUNTY, DEPT, list, one, PREF, TOWNSHIP, VILLAGE, type Case } from "./case-table";

const C0_ACCOUNTS = ["u.COUNTY", "u.TOWNSHIP", "u.DEPARTMENT", "u.VILLAGE", "s.TOWNSHIP", "s.VILLAGE", "peer.COUNTY"];

export const ACCOUNT_CASES: Case[] = [
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
