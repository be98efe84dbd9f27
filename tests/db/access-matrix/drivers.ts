// How each data-layer function of the matrix is called, what its effect must be, and how one
// case is run against the world.
import { expect } from "vitest";
import * as accountMutations from "@/lib/accounts/mutations";
import * as accountQueries from "@/lib/accounts/queries";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import * as goodPracticeMutations from "@/lib/good-practice/mutations";
import * as goodPracticeQueries from "@/lib/good-practice/queries";
import * as orgMutations from "@/lib/org/mutations";
import * as orgQueries from "@/lib/org/queries";
import * as problemMutations from "@/lib/problems/mutations";
import * as problemQueries from "@/lib/problems/queries";
import { uniquePhone } from "@/tests/factories";
import { outcomeOf } from "../helpers";
import { PREF, type Case, type Filter, type ListCase, type ListFn, type OneCase, type OneFn, type Outcome } from "./case-table";
import { EVALUATION_LIST, EVALUATION_ONE } from "./drivers-evaluation";
import { LEDGER_ONE } from "./drivers-ledger";
import { OVERSIGHT_ONE } from "./drivers-oversight";
import { PLEDGE_LIST, PLEDGE_ONE } from "./drivers-pledges";
import { VILLAGE_DRIVERS } from "./drivers-village";
import { actorOf, id, nameOf, symbolOf } from "./world";

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

/** A change to a problem (or its plan): ok shows in the row; a refusal leaves problem and plan as they were. */
const problemWrite =
  (change: (actor: Actor, problem: { id: string; version: number }) => Promise<unknown>, effect: (problemId: string) => Promise<void>): OneDriver =>
  async (actor, target, expected) => {
    const before = await db.problem.findUniqueOrThrow({ where: { id: id(target) }, include: { plan: true } });
    const outcome = await outcomeOf(() => change(actor, before));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") await effect(before.id);
    else expect(await db.problem.findUniqueOrThrow({ where: { id: before.id }, include: { plan: true } })).toEqual(before);
  };

const ONE: Record<OneFn, OneDriver> = {
  ...VILLAGE_DRIVERS,
  ...PLEDGE_ONE,
  ...EVALUATION_ONE,
  ...OVERSIGHT_ONE,
  ...LEDGER_ONE,
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

  async markGoodPractice(actor, target, expected) {
    const note = freshName("典型经验");
    const outcome = await outcomeOf(() => goodPracticeMutations.markGoodPractice(actor, { villageId: id(target), note }));
    expect(outcome.code).toBe(expected);
    expect(await db.goodPractice.count({ where: { note, villageId: id(target) } })).toBe(outcome.code === "ok" ? 1 : 0);
  },

  async removeGoodPractice(actor, target, expected) {
    const entry = await db.goodPractice.create({ data: { villageId: id(target), note: freshName("待取消") } });
    const outcome = await outcomeOf(() => goodPracticeMutations.removeGoodPractice(actor, { id: entry.id }));
    expect(outcome.code).toBe(expected);
    expect(await db.goodPractice.count({ where: { id: entry.id } })).toBe(outcome.code === "ok" ? 0 : 1);
  },

  /** Pairs the department with an unpaired village of its county; when allowed, checks it and ends the pairing again. */
  async setPairing(actor, target, expected) {
    const villageId = id({ D0: "V001", D1: "V101", "X.D0": "X.V000" }[target] ?? "");
    const departmentId = id(target);
    const pairings = () => db.departmentPairing.count({ where: { departmentId, villageId } });
    const before = await pairings();
    const outcome = await outcomeOf(() => orgMutations.setPairing(actor, { departmentId, villageId, paired: true }));
    expect(outcome.code).toBe(expected);
    if (outcome.code !== "ok") return expect(await pairings()).toBe(before);
    expect(await pairings()).toBe(1);
    await orgMutations.setPairing(actor, { departmentId, villageId, paired: false });
    expect(await pairings()).toBe(0);
  },

  getProblem: read(problemQueries.getProblem),

  async listProblems(actor, target, expected) {
    const outcome = await outcomeOf(() => problemQueries.listProblems(actor, id(target)));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") expect((outcome.value as { id: string }[]).map((p) => p.id)).toContain(id(`PR.${target}`));
  },

  async createProblem(actor, target, expected) {
    const title = freshName("新问题");
    const outcome = await outcomeOf(() => problemMutations.createProblem(actor, { villageId: id(target), title, area: "OTHER" }));
    expect(outcome.code).toBe(expected);
    const made = await db.problem.findMany({ where: { title } });
    if (outcome.code === "ok") {
      expect(made).toMatchObject([{ villageId: id(target) }]);
      await db.problem.delete({ where: { id: made[0]!.id } });
    } else {
      expect(made).toEqual([]);
    }
  },

  updateProblem: problemWrite(
    (actor, problem) => problemMutations.updateProblem(actor, { id: problem.id, version: problem.version, title: "改过的问题", area: "OTHER" }),
    async (problemId) => {
      expect(await db.problem.findUniqueOrThrow({ where: { id: problemId } })).toMatchObject({ title: "改过的问题" });
    },
  ),

  setFocus: problemWrite(
    (actor, problem) =>
      problemMutations.setFocus(actor, { id: problem.id, version: problem.version, isFocus: true, focusReason: "群众最关心", expectedResult: "修好", expectedBy: "2026-10-31" }),
    async (problemId) => {
      expect(await db.problem.findUniqueOrThrow({ where: { id: problemId } })).toMatchObject({ isFocus: true, focusReason: "群众最关心" });
      await db.problem.update({ where: { id: problemId }, data: { isFocus: false } });
    },
  ),

  savePlan: problemWrite(
    (actor, problem) => problemMutations.savePlan(actor, { problemId: problem.id, measures: "修建饮水点3处", timeline: "6—9月", responsible: "村委会" }),
    async (problemId) => {
      expect(await db.plan.findUniqueOrThrow({ where: { problemId } })).toMatchObject({ measures: "修建饮水点3处" });
      await db.plan.delete({ where: { problemId } });
    },
  ),

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
  listGoodPractices: { by: "id", call: async (actor) => (await goodPracticeQueries.listGoodPractices(actor)).map((row) => row.id) },
  ...PLEDGE_LIST,
  ...EVALUATION_LIST,
};

/** Runs one case: a list call must return exactly the expected rows, a one-target call must have the expected outcome and effect. */
export async function runCase(c: Case): Promise<void> {
  const actor = await actorOf(c.role);
  if (Array.isArray(c.expect)) {
    const { call, by } = LIST[c.fn as ListFn];
    const got = await call(actor, resolveFilter((c as ListCase).filter));
    if (by === "name") {
      expect(got).toEqual(await Promise.all(c.expect.map(nameOf)));
    } else {
      expect(got.map((value) => symbolOf(value) ?? `unnamed row ${value}`).sort()).toEqual([...c.expect].sort());
    }
  } else {
    await ONE[c.fn as OneFn](actor, (c as OneCase).target, c.expect);
  }
}
