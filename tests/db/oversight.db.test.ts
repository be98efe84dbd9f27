import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { toIsoDay } from "@/lib/format";
import { getCoverage, getOversightCharts, listWeakLinks } from "@/lib/oversight/queries";
import type { WeakKind } from "@/lib/oversight/weak-kinds";
import {
  createBallots, createEvaluationRound, createMember, createOrgTree, createPaperTally, createPlan, createPledge, createProblem, day, addDays, type OrgTree,
} from "../factories";
import { actorFor, outcomeOf } from "./helpers";

// A small tree whose every figure is known by hand (C0 = T00 {V000, V001} + T01 {V010, V011}; C1 alike):
//
// V000: focus problem with a plan + focus problem needing support with no plan and no upward pledge;
//       members: one with a published pledge, one with none, one with only a withdrawn pledge, one inactive;
//       branch pledges: published and 2 days overdue without explanation; in progress, due in 3 days, no
//       evidence; submitted with a vagueness flag; a flagged draft (not counted as vague).
// V001: focus problem with a plan; two done branch pledges past due, a closed round: 20 code ballots all
//       满意 on the first (an anomaly), a confirmed paper tally 5/3/2/4 on the second.
// V010: 5 households; a done branch pledge past due, an open round (not held), 6 villagers voted 3 满意 3 不满意
//       (more votes than households: an anomaly).
// V100 (the other county): an overdue pledge, which the first county's organiser never sees.

let tree: OrgTree;
let county: Actor;
let prefecture: Actor;
let township: Actor;
const ids: Record<string, string> = {};
const today = day(toIsoDay(new Date()));
const member = { pledgerKind: "MEMBER" as const };

beforeAll(async () => {
  tree = await createOrgTree(db);
  [county, prefecture, township] = await Promise.all([
    actorFor(tree.users.countyOrganiser.id), actorFor(tree.users.prefectureOrganiser.id), actorFor(tree.users.townshipOfficer.id),
  ]);
  const campaignId = tree.campaignId;
  const [t00, t01] = tree.county.townships;
  const [v000, v001] = t00.villages;
  const [v010] = t01.villages;
  const v100 = tree.siblingCounty.townships[0].villages[0];
  const future = addDays(today, 30);
  const past = addDays(today, -2);

  const planned = await createProblem(db, { villageId: v000.id, campaignId, title: "饮水难", isFocus: true });
  await createPlan(db, { problemId: planned.id });
  ids.unsupported = (await createProblem(db, { villageId: v000.id, campaignId, title: "通村路", isFocus: true, needsSupport: true })).id;
  const pledged = await createMember(db, { villageId: v000.id, name: "已承诺党员" });
  await createPledge(db, { villageId: v000.id, campaignId, ...member, memberId: pledged.id, status: "PUBLISHED", dueOn: future });
  ids.without = (await createMember(db, { villageId: v000.id, name: "未承诺党员" })).id;
  const withdrawn = await createMember(db, { villageId: v000.id, name: "撤回承诺党员" });
  ids.withdrawnMember = withdrawn.id;
  await createPledge(db, { villageId: v000.id, campaignId, ...member, memberId: withdrawn.id, status: "WITHDRAWN", dueOn: future });
  await createMember(db, { villageId: v000.id, name: "不在册党员", isActive: false });
  ids.overdue = (await createPledge(db, { villageId: v000.id, campaignId, status: "PUBLISHED", dueOn: past, explanation: null })).id;
  ids.dueSoon = (await createPledge(db, { villageId: v000.id, campaignId, status: "IN_PROGRESS", dueOn: addDays(today, 3) })).id;
  ids.vague = (await createPledge(db, { villageId: v000.id, campaignId, status: "SUBMITTED", dueOn: future, vagueFlags: ["FILLER_PHRASE"] })).id;
  await createPledge(db, { villageId: v000.id, campaignId, status: "DRAFT", dueOn: future, vagueFlags: ["FILLER_PHRASE"] });

  const v001Problem = await createProblem(db, { villageId: v001.id, campaignId, title: "村道坑洼", isFocus: true });
  await createPlan(db, { problemId: v001Problem.id });
  const done1 = await createPledge(db, { villageId: v001.id, campaignId, status: "DONE", dueOn: past });
  const done2 = await createPledge(db, { villageId: v001.id, campaignId, status: "DONE", dueOn: past });
  ids.allSatisfied = done1.id;
  const closed = await createEvaluationRound(db, { villageId: v001.id, campaignId, pledgeIds: [done1.id, done2.id], status: "CLOSED", opensAt: addDays(today, -10) });
  await db.village.update({ where: { id: v001.id }, data: { households: 100 } });
  await createBallots(db, closed.id, Array.from({ length: 20 }, () => ({ votes: [{ pledgeId: done1.id, rating: "SATISFIED" as const }] })));
  await createPaperTally(db, { roundId: closed.id, pledgeId: done2.id, status: "CONFIRMED", firstCounts: { SATISFIED: 5, BASICALLY_SATISFIED: 3, DISSATISFIED: 2, UNKNOWN: 4 } });

  await db.village.update({ where: { id: v010.id }, data: { households: 5 } });
  const done3 = await createPledge(db, { villageId: v010.id, campaignId, status: "DONE", dueOn: past });
  ids.aboveHouseholds = done3.id;
  const open = await createEvaluationRound(db, { villageId: v010.id, campaignId, pledgeIds: [done3.id], status: "OPEN" });
  await createBallots(db, open.id, ["SATISFIED", "SATISFIED", "SATISFIED", "DISSATISFIED", "DISSATISFIED", "DISSATISFIED"].map((rating) => ({
    votes: [{ pledgeId: done3.id, rating: rating as "SATISFIED" }],
  })));

  ids.otherCounty = (await createPledge(db, { villageId: v100.id, campaignId, status: "PUBLISHED", dueOn: past, explanation: null })).id;
});

describe("coverage matrix", () => {
  it("counts every column of the county's townships as worked out by hand", async () => {
    const coverage = await getCoverage(county);
    expect(coverage.unit).toMatchObject({ level: "county", id: tree.county.id });
    expect(coverage.childLevel).toBe("township");
    const [t00, t01] = tree.county.townships;
    const byId = new Map(coverage.rows.map((row) => [row.id, row]));
    expect([...byId.keys()].sort()).toEqual([t00.id, t01.id].sort());
    expect(byId.get(t00.id)).toMatchObject({
      villages: 2, withFocus: 2, withPlan: 1, branchPledges: 6, withBranchPledge: 2, members: 3, membersPledged: 1,
      vague: 1, overdue: 1, dueSoon: 1, evaluated: 1, evaluationMissing: 1, rated: 30, satisfiedOrBasically: 28, anomalies: 1,
    });
    expect(byId.get(t00.id)!.satisfaction).toBeCloseTo(28 / 30);
    expect(byId.get(t01.id)).toMatchObject({
      villages: 2, withFocus: 0, withPlan: 0, branchPledges: 1, withBranchPledge: 1, members: 0, membersPledged: 0,
      vague: 0, overdue: 0, dueSoon: 0, evaluated: 0, evaluationMissing: 1, rated: 6, satisfiedOrBasically: 3, satisfaction: 0.5, anomalies: 1,
    });
    expect(coverage.total).toMatchObject({ villages: 4, overdue: 1, anomalies: 2, rated: 36, satisfiedOrBasically: 31 });
  });

  it("drills down from the prefecture to a county, a township and one village", async () => {
    const top = await getCoverage(prefecture);
    expect(top.childLevel).toBe("county");
    expect(top.rows.map((row) => row.id).sort()).toEqual([tree.county.id, tree.siblingCounty.id].sort());
    expect(top.rows.find((row) => row.id === tree.siblingCounty.id)).toMatchObject({ overdue: 1, villages: 4 });
    const townshipView = await getCoverage(prefecture, { unit: `township:${tree.township.id}` });
    expect(townshipView.childLevel).toBe("village");
    expect(townshipView.unit.trail.map((step) => step.level)).toEqual(["prefecture", "county", "township"]);
    expect(townshipView.rows.find((row) => row.id === tree.village.id)).toMatchObject({ villages: 1, members: 3, membersPledged: 1, overdue: 1 });
    const village = await getCoverage(county, { unit: `village:${tree.village.id}` });
    expect(village.unit).toMatchObject({ level: "village", slug: tree.village.slug });
    expect(village.rows).toHaveLength(1);
    expect(village.rows[0]).toMatchObject({ withFocus: 1, withPlan: 0, vague: 1 });
  });

  it("keeps each actor inside his reach and refuses the dashboard to departments and secretaries", async () => {
    expect((await outcomeOf(getCoverage(county, { unit: `county:${tree.siblingCounty.id}` }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(getCoverage(county, { unit: `village:${tree.siblingCounty.townships[0].villages[0].id}` }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(getCoverage(township, { unit: `township:${tree.siblingTownship.id}` }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(getCoverage(township, { unit: `county:${tree.county.id}` }))).code).toBe("NOT_FOUND");
    const own = await getCoverage(township);
    expect(own.rows.map((row) => row.id).sort()).toEqual(tree.township.villages.map((v) => v.id).sort());
    for (const userId of [tree.users.departmentOfficer.id, tree.users.villageSecretary.id]) {
      expect((await outcomeOf(getCoverage(await actorFor(userId)))).code).toBe("NOT_FOUND");
    }
  });
});

describe("weak links", () => {
  const titles = async (actor: Actor, kind: WeakKind, unit?: string) => (await listWeakLinks(actor, { kind, unit })).rows.map((row) => row.id);

  it("lists who and what is behind each number, only inside the actor's reach", async () => {
    const [v000, v001] = tree.township.villages;
    const [v010, v011] = tree.siblingTownship.villages;
    expect((await titles(county, "membersWithout")).sort()).toEqual([ids.without, ids.withdrawnMember].sort());
    expect(await titles(county, "overdue")).toEqual([ids.overdue]);
    expect(await titles(prefecture, "overdue")).toEqual(expect.arrayContaining([ids.overdue, ids.otherCounty]));
    expect(await titles(county, "dueSoon")).toEqual([ids.dueSoon]);
    expect(await titles(county, "vague")).toEqual([ids.vague]);
    expect(await titles(county, "unsupported")).toEqual([ids.unsupported]);
    expect((await titles(county, "anomalies")).sort()).toEqual([ids.allSatisfied, ids.aboveHouseholds].sort());
    expect((await titles(county, "noFocus")).sort()).toEqual([v010.id, v011.id].sort());
    expect((await titles(county, "noPlan")).sort()).toEqual([v000.id, v010.id, v011.id].sort());
    expect((await titles(county, "noBranchPledge")).sort()).toEqual([v011.id].sort());
    expect((await titles(county, "noEvaluation")).sort()).toEqual([v000.id, v010.id].sort());
    expect(await titles(county, "noEvaluation", `village:${v001.id}`)).toEqual([]);
    expect(await titles(township, "noEvaluation")).toEqual([v000.id]);
  });

  it("pages a long list", async () => {
    const villageId = tree.siblingCounty.townships[1].villages[1].id;
    for (let i = 0; i < 23; i++) await createMember(db, { villageId, name: `党员${String(i).padStart(2, "0")}` });
    const unit = `village:${villageId}`;
    const first = await listWeakLinks(prefecture, { kind: "membersWithout", unit });
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(20);
    const second = await listWeakLinks(prefecture, { kind: "membersWithout", unit, page: 2 });
    expect(second.rows.map((row) => row.title)).toEqual(["党员20", "党员21", "党员22"]);
  });
});

describe("charts", () => {
  it("counts pledges by status and by area in the unit", async () => {
    const charts = await getOversightCharts(county, { unit: `township:${tree.township.id}` });
    const status = Object.fromEntries(charts.byStatus.map((row) => [row.status, row.count]));
    expect(status).toEqual({ PUBLISHED: 2, WITHDRAWN: 1, IN_PROGRESS: 1, SUBMITTED: 1, DRAFT: 1, DONE: 2 });
    expect(charts.byArea).toEqual([{ area: "DRINKING_WATER", count: 7 }]);
    expect(charts.byMonth.reduce((sum, row) => sum + row.published, 0)).toBe(6);
  });
});
