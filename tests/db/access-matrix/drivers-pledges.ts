// How each lib/pledges function of the matrix is called and what its effect must be (spread into
// drivers.ts). A write that succeeds uses its fixture up (the event log cannot be rolled back), so
// the fixture is renewed afterwards; a refused write leaves the pledge and its history untouched.
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addProgress, amendPledge, closePledge, explainPledge } from "@/lib/pledges/mutations/follow-through";
import { createPledge, createUpwardPledge, submitPledge, updatePledge } from "@/lib/pledges/mutations/draft";
import { approvePledge, publishPledge, returnPledge } from "@/lib/pledges/mutations/review";
import * as pledgeQueries from "@/lib/pledges/queries";
import { outcomeOf } from "../helpers";
import type { Filter, Outcome, PledgeListFn, PledgeOneFn } from "./case-table";
import { id, renewPledge } from "./world";

type OneDriver = (actor: Actor, target: string, expected: Outcome) => Promise<void>;
type ListDriver = (actor: Actor, filter: Filter) => Promise<string[]>;

const TEXT = {
  area: "DRINKING_WATER",
  action: "为村里修缮3处牲畜饮水点",
  quantity: "3",
  unit: "处",
  placeOrBeneficiaries: "村东冬春草场3处饮水点",
  dueOn: "2026-12-20",
  responsiblePerson: "村党支部书记",
  verification: "村民代表验收饮水点出水正常",
};

let serial = 0;
const fresh = (what: string) => `${what}${++serial}-${Date.now() % 100000}`;

/** A read of one pledge: ok returns it; a refusal says nothing but its code. */
const read =
  (call: (actor: Actor, id: string) => Promise<{ id: string }>): OneDriver =>
  async (actor, target, expected) => {
    const outcome = await outcomeOf(() => call(actor, id(target)));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") expect((outcome.value as { id: string }).id).toBe(id(target));
    else expect(outcome).toMatchObject({ message: outcome.code });
  };

/** A read of a village's rows: ok lists the named fixture of that village. */
const villageRead =
  (call: (actor: Actor, villageId: string) => Promise<{ id: string }[]>, fixture: (village: string) => string): OneDriver =>
  async (actor, target, expected) => {
    const outcome = await outcomeOf(() => call(actor, id(target)));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") expect((outcome.value as { id: string }[]).map((row) => row.id)).toContain(id(fixture(target)));
    else expect(outcome).toMatchObject({ message: outcome.code });
  };

/** Everything a write could have touched: the row, its history, progress and earlier versions. */
async function snapshot(pledgeId: string) {
  const [pledge, events, progress, versions] = await Promise.all([
    db.pledge.findUniqueOrThrow({ where: { id: pledgeId } }),
    db.pledgeEvent.count({ where: { pledgeId } }),
    db.progressUpdate.count({ where: { pledgeId } }),
    db.pledgeVersion.count({ where: { pledgeId } }),
  ]);
  return { pledge, events, progress, versions };
}

const pledgeWrite =
  (change: (actor: Actor, pledge: { id: string; version: number }) => Promise<unknown>, effect: (pledgeId: string) => Promise<void>): OneDriver =>
  async (actor, target, expected) => {
    const before = await snapshot(id(target));
    const outcome = await outcomeOf(() => change(actor, { id: before.pledge.id, version: before.pledge.version }));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") {
      await effect(before.pledge.id);
      expect((await snapshot(before.pledge.id)).events).toBeGreaterThan(before.events);
      await renewPledge(target);
    } else {
      expect(outcome).toMatchObject({ message: outcome.code });
      expect(await snapshot(before.pledge.id)).toEqual(before);
    }
  };

const statusBecomes = (status: string) => async (pledgeId: string) => {
  expect(await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).toMatchObject({ status });
};

export const PLEDGE_ONE: Record<PledgeOneFn, OneDriver> = {
  listVillagePledges: villageRead(pledgeQueries.listVillagePledges, (v) => `PL.${v}`),
  getPledge: read(pledgeQueries.getPledge),
  membersWithoutPledge: villageRead(pledgeQueries.membersWithoutPledge, (v) => `NP.${v}`),

  async createPledge(actor, target, expected) {
    const action = fresh("为村里修缮饮水点");
    const outcome = await outcomeOf(() => createPledge(actor, { ...TEXT, action, villageId: id(target), pledgerKind: "BRANCH" }));
    expect(outcome.code).toBe(expected);
    const made = await db.pledge.findMany({ where: { action }, include: { events: true } });
    if (outcome.code === "ok") expect(made).toMatchObject([{ villageId: id(target), status: "DRAFT", events: [{ type: "CREATED" }] }]);
    else expect(made).toEqual([]);
  },

  async createUpwardPledge(actor, target, expected) {
    const action = fresh("支持饮水点修缮");
    const outcome = await outcomeOf(() => createUpwardPledge(actor, { ...TEXT, action, villageId: id(target), problemId: id("FP.V000") }));
    expect(outcome.code).toBe(expected);
    const made = await db.pledge.findMany({ where: { action } });
    if (outcome.code === "ok") {
      const pledger = actor.role === "TOWNSHIP_OFFICER" ? { pledgerKind: "TOWNSHIP", pledgerTownshipId: actor.townshipId } : { pledgerKind: "DEPARTMENT", departmentId: actor.departmentId };
      expect(made).toMatchObject([{ villageId: id(target), status: "DRAFT", problemId: id("FP.V000"), memberId: null, ...pledger }]);
    } else expect(made).toEqual([]);
  },

  updatePledge: pledgeWrite(
    (actor, pledge) => updatePledge(actor, { id: pledge.id, version: pledge.version, ...TEXT, action: "改过的承诺：修缮4处饮水点", quantity: "4" }),
    async (pledgeId) => {
      expect(await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).toMatchObject({ action: "改过的承诺：修缮4处饮水点", status: "DRAFT" });
    },
  ),
  submitPledge: pledgeWrite((actor, pledge) => submitPledge(actor, pledge), statusBecomes("SUBMITTED")),
  approvePledge: pledgeWrite((actor, pledge) => approvePledge(actor, pledge), statusBecomes("PUBLISHED")),
  returnPledge: pledgeWrite((actor, pledge) => returnPledge(actor, { ...pledge, comment: "请写明验收人" }), statusBecomes("RETURNED")),
  publishPledge: pledgeWrite((actor, pledge) => publishPledge(actor, pledge), statusBecomes("PUBLISHED")),
  addProgress: pledgeWrite(
    (actor, pledge) => addProgress(actor, { pledgeId: pledge.id, body: "已修好1处饮水点" }),
    async (pledgeId) => {
      expect(await db.progressUpdate.count({ where: { pledgeId, body: "已修好1处饮水点" } })).toBe(1);
      await statusBecomes("IN_PROGRESS")(pledgeId);
    },
  ),
  closePledge: pledgeWrite(
    (actor, pledge) => closePledge(actor, { ...pledge, outcome: "NOT_DONE", explanation: "资金未到位，列入明年计划" }),
    statusBecomes("NOT_DONE"),
  ),
  explainPledge: pledgeWrite(
    (actor, pledge) => explainPledge(actor, { ...pledge, explanation: "水泥未到货，推迟到12月底" }),
    async (pledgeId) => {
      expect(await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).toMatchObject({ explanation: "水泥未到货，推迟到12月底", status: "PUBLISHED" });
    },
  ),
  amendPledge: pledgeWrite(
    (actor, pledge) => amendPledge(actor, { ...pledge, ...TEXT, quantity: "5", reason: "又报了2处" }),
    async (pledgeId) => {
      expect(await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).toMatchObject({ textVersion: 2 });
      expect(await db.pledgeVersion.count({ where: { pledgeId, reason: "又报了2处" } })).toBe(1);
    },
  ),
};

export const PLEDGE_LIST: Record<PledgeListFn, { call: ListDriver; by: "id" | "name" }> = {
  listReviewQueue: { by: "id", call: async (actor) => (await pledgeQueries.listReviewQueue(actor)).map((row) => row.id) },
  listOwnUpwardPledges: { by: "id", call: async (actor) => (await pledgeQueries.listOwnUpwardPledges(actor)).map((row) => row.id) },
  listFocusProblemsInReach: { by: "id", call: async (actor) => (await pledgeQueries.listFocusProblemsInReach(actor)).map((row) => row.id) },
};
