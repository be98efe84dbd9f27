import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { submitBallot } from "@/lib/evaluation/ballot";
import { generateCodes } from "@/lib/evaluation/mutations/batches";
import { recordMemberBallot } from "@/lib/evaluation/mutations/member-ballots";
import { closeRound, openRound } from "@/lib/evaluation/mutations/rounds";
import { enterFirstTally, enterSecondTally } from "@/lib/evaluation/mutations/tallies";
import { toIsoDay } from "@/lib/format";
import { createMember, setMemberActive } from "@/lib/members/mutations";
import { updateVillage } from "@/lib/org/mutations";
import { refreshFigures } from "@/lib/oversight/rollup";
import { getCoverage, getOversightCharts } from "@/lib/oversight/queries";
import { closePledge, explainPledge } from "@/lib/pledges/mutations/follow-through";
import { createPledge, createUpwardPledge, submitPledge } from "@/lib/pledges/mutations/draft";
import { approvePledge } from "@/lib/pledges/mutations/review";
import { createProblem, savePlan, setFocus } from "@/lib/problems/mutations";
import { addDays, createOrgTree, createPledge as insertPledge, day, type OrgTree } from "../factories";
import { freshAddress, ratingsFor, tallySheetPhoto } from "./evaluation-fixtures";
import { actorFor } from "./helpers";

// The dashboard's roll-up (lib/oversight/rollup.ts) stays equal to a recomputation from scratch
// while the village's work goes on through the data layer: after each step, the rows kept up to
// date by the triggers' marks are compared with rows computed afresh, and the figure the step
// should move is checked on the dashboard itself, so that a step which changed nothing (or a mark
// that went missing) cannot pass unnoticed.

// Before anything reads lib/env.ts: the tally photo goes to a throwaway directory.
const uploadDir = mkdtempSync(path.join(os.tmpdir(), "pledgeboard-rollup-uploads-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => rm(uploadDir, { recursive: true, force: true }));

let tree: OrgTree;
let secretary: Actor;
let township: Actor;
let county: Actor;
let prefecture: Actor;
const today = day(toIsoDay(new Date()));

const concrete = {
  area: "DRINKING_WATER",
  action: "为全村12户缺水户修建水窖12口",
  quantity: "12",
  unit: "口",
  placeOrBeneficiaries: "全村12户缺水户",
  responsiblePerson: "村委会主任",
  verification: "村委会逐口验收，蓄水正常",
};

beforeAll(async () => {
  tree = await createOrgTree(db);
  [secretary, township, county, prefecture] = await Promise.all([
    actorFor(tree.users.villageSecretary.id), actorFor(tree.users.townshipOfficer.id), actorFor(tree.users.countyOrganiser.id), actorFor(tree.users.prefectureOrganiser.id),
  ]);
});

/** The roll-up's rows for the current campaign, without the time they were computed. */
async function figures() {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT * FROM "OversightFigures" WHERE "campaignId" = ${tree.campaignId} ORDER BY "villageId"`;
  return rows.map(({ refreshedAt: _at, ...row }) => row);
}

/**
 * Reads the prefecture's dashboard (which brings the roll-up up to date), then checks that the
 * rows equal a recomputation of every village from scratch. Returns the village's row of the
 * township matrix and the charts, for the step's own expectation.
 */
async function checked() {
  const [coverage, charts] = await Promise.all([getCoverage(prefecture), getOversightCharts(prefecture)]);
  const kept = await figures();
  expect(kept.length).toBe(8);
  expect(await db.$queryRaw`SELECT "villageId" FROM "OversightStale"`).toEqual([]);

  await db.$executeRaw`DELETE FROM "OversightFigures"`;
  expect(await refreshFigures({ level: "prefecture", id: tree.prefectureId }, tree.campaignId)).toBe(8);
  expect(kept).toEqual(await figures());
  expect(await Promise.all([getCoverage(prefecture), getOversightCharts(prefecture)])).toEqual([coverage, charts]);

  const village = (await getCoverage(county, { unit: `township:${tree.township.id}` })).rows.find((row) => row.id === tree.village.id)!;
  const status = Object.fromEntries(charts.byStatus.map((row) => [row.status, row.count]));
  return { village, status, charts, total: coverage.total };
}

describe("the oversight roll-up", () => {
  it("equals a recomputation from scratch after every kind of change, and moves the figure each change touches", async () => {
    const villageId = tree.village.id;
    const future = toIsoDay(addDays(today, 10), "UTC");
    const past = toIsoDay(addDays(today, -3), "UTC");
    const before = await checked();
    expect(before.village).toMatchObject({ villages: 1, withFocus: 0, members: 0, branchPledges: 0, evaluated: 0, rated: 0 });

    // Problems: a focus problem beyond the village's means, then its plan.
    const problem = await createProblem(secretary, { villageId, title: "人畜饮水难", area: "DRINKING_WATER" });
    await setFocus(secretary, {
      id: problem.id, version: 1, isFocus: true, focusReason: "群众反映最集中", expectedResult: "全村通自来水", expectedBy: future, needsSupport: true,
    });
    let after = await checked();
    expect(after.village).toMatchObject({ withFocus: 1, withPlan: 0 });
    await savePlan(secretary, { problemId: problem.id, measures: "铺设管网", timeline: "两个月", responsible: "村委会主任" });
    after = await checked();
    expect(after.village).toMatchObject({ withFocus: 1, withPlan: 1 });

    // Members, and a member's draft pledge: he counts as "with a pledge" at once.
    const member = await createMember(secretary, { villageId, name: "才让多杰" });
    after = await checked();
    expect(after.village).toMatchObject({ members: 1, membersPledged: 0 });
    await createPledge(secretary, { ...concrete, dueOn: future, villageId, pledgerKind: "MEMBER", memberId: member.id });
    after = await checked();
    expect(after.village).toMatchObject({ members: 1, membersPledged: 1 });
    expect(after.status.DRAFT).toBe((before.status.DRAFT ?? 0) + 1);

    // A vague branch pledge sent for review counts as vague; a concrete one published and already
    // past due makes the village "past due without an evaluation".
    const vague = await createPledge(secretary, { ...concrete, action: "进一步加强村容村貌整治", quantity: "", unit: "", dueOn: future, villageId, pledgerKind: "BRANCH" });
    await submitPledge(secretary, { id: vague.id, version: 1 });
    after = await checked();
    expect(after.village).toMatchObject({ branchPledges: 1, vague: 1 });
    const late = await createPledge(secretary, { ...concrete, action: "硬化村东主干道800米", quantity: "800", unit: "米", placeOrBeneficiaries: "村东主干道", dueOn: past, villageId, pledgerKind: "BRANCH", problemId: problem.id });
    await submitPledge(secretary, { id: late.id, version: 1 });
    const published = await approvePledge(township, { id: late.id, version: 2 });
    expect(published.status).toBe("PUBLISHED");
    after = await checked();
    expect(after.village).toMatchObject({ branchPledges: 2, evaluationMissing: 1, overdue: 1 });
    expect(after.charts.byMonth.reduce((sum, row) => sum + row.published, 0)).toBe(before.charts.byMonth.reduce((sum, row) => sum + row.published, 0) + 1);

    // The township's own support pledge to the focus problem.
    await createUpwardPledge(township, { ...concrete, action: "协调水利站安装净水设备2台", quantity: "2", unit: "台", placeOrBeneficiaries: "村委会水站", dueOn: future, villageId, problemId: problem.id });
    after = await checked();
    expect(after.status.DRAFT).toBe((before.status.DRAFT ?? 0) + 2);

    // An explanation ends "overdue"; not done, it is closed.
    await explainPledge(secretary, { id: late.id, version: published.version, explanation: "管材未到货，推迟两周" });
    after = await checked();
    expect(after.village.overdue).toBe(0);
    await closePledge(secretary, { id: late.id, version: published.version + 1, outcome: "NOT_DONE", explanation: "资金未落实" });
    after = await checked();
    expect(after.status.NOT_DONE).toBe((before.status.NOT_DONE ?? 0) + 1);

    // Evaluation: a round over the closed pledge, a member's ballot, a villager's code ballot, a
    // double-entered paper tally, then the round closed.
    const round = await openRound(secretary, {
      villageId, pledgeIds: [late.id], groups: ["VILLAGER", "MEMBER"],
      opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await recordMemberBallot(secretary, { roundId: round.id, ...ratingsFor([late.id], "SATISFIED") });
    after = await checked();
    expect(after.village).toMatchObject({ rated: 1, satisfiedOrBasically: 1, evaluated: 0 });
    const { codes } = await generateCodes(township, { roundId: round.id, group: "VILLAGER", count: 2 });
    await submitBallot({ code: codes[0], ...ratingsFor([late.id], "DISSATISFIED") }, freshAddress());
    after = await checked();
    expect(after.village).toMatchObject({ rated: 2, satisfiedOrBasically: 1 });
    const tally = { roundId: round.id, attendees: "9", [`count:${late.id}:SATISFIED`]: "5", [`count:${late.id}:BASICALLY_SATISFIED`]: "2", [`count:${late.id}:DISSATISFIED`]: "1", [`count:${late.id}:UNKNOWN`]: "1" };
    await enterFirstTally(secretary, { ...tally, photo: await tallySheetPhoto() });
    after = await checked();
    expect(after.village).toMatchObject({ rated: 2 });
    await enterSecondTally(township, tally);
    after = await checked();
    expect(after.village).toMatchObject({ rated: 10, satisfiedOrBasically: 8 });
    const roundVersion = (await db.evaluationRound.findUniqueOrThrow({ where: { id: round.id } })).version;
    await closeRound(secretary, { id: round.id, version: roundVersion, confirm: "yes" });
    after = await checked();
    expect(after.village).toMatchObject({ evaluated: 1, evaluationMissing: 0 });

    // Fewer households than villagers' votes (1 ballot + 8 at the meeting): an anomaly.
    const village = await db.village.findUniqueOrThrow({ where: { id: villageId } });
    await updateVillage(county, { id: villageId, version: village.version, name: village.name, branchName: village.branchName, households: 5, isPastoral: village.isPastoral });
    after = await checked();
    expect(after.village.anomalies).toBe(1);

    // The member leaves the roster.
    await setMemberActive(secretary, { id: member.id, isActive: false });
    after = await checked();
    expect(after.village).toMatchObject({ members: 0, membersPledged: 0 });
  }, 90_000);

  it("counts a change only once it is committed, and never loses one committed during a refresh", async () => {
    const villageId = tree.siblingVillage.id;
    const members = async () => (await getCoverage(county, { unit: `township:${tree.township.id}` })).rows.find((row) => row.id === villageId)!.members;
    const start = await members();

    // A writer holds its transaction open while the dashboard refreshes: the refresh cannot see the
    // new member, and the mark that comes with him only appears when he does.
    let release!: () => void;
    let written!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const wrote = new Promise<void>((resolve) => (written = resolve));
    const writer = db.$transaction(async (tx) => {
      await tx.member.create({ data: { villageId, name: "未提交党员" } });
      written();
      await held;
    });
    await wrote;
    expect(await members()).toBe(start);
    release();
    await writer;
    expect(await members()).toBe(start + 1);

    // A rolled-back change leaves neither a mark nor a figure behind.
    await db.$transaction(async (tx) => {
      await tx.member.create({ data: { villageId, name: "回滚党员" } });
      throw new Error("rolled back");
    }).catch(() => {});
    expect(await db.$queryRaw`SELECT 1 FROM "OversightStale"`).toEqual([]);
    expect(await members()).toBe(start + 1);
  });

  it("refreshes only the reader's own unit, and keeps the other marks for their readers", async () => {
    const elsewhere = tree.siblingCounty.townships[0].villages[0];
    await insertPledge(db, { villageId: elsewhere.id, campaignId: tree.campaignId, status: "PUBLISHED", dueOn: addDays(today, 20) });
    await getCoverage(county);
    const marks = await db.$queryRaw<{ villageId: string }[]>`SELECT DISTINCT "villageId" FROM "OversightStale"`;
    expect(marks).toEqual([{ villageId: elsewhere.id }]);
    const { rows } = await getCoverage(prefecture);
    expect(rows.find((row) => row.id === tree.siblingCounty.id)!.branchPledges).toBe(1);
    expect(await db.$queryRaw`SELECT 1 FROM "OversightStale"`).toEqual([]);
  });
});

describe("the pledges-by-month chart", () => {
  it("counts a pledge in the month it was published in China time, not in UTC", async () => {
    // 2026-10-31 17:30 UTC is 2026-11-01 01:30 in China: a November pledge.
    await insertPledge(db, { villageId: tree.siblingVillage.id, status: "PUBLISHED", publishedAt: new Date("2026-10-31T17:30:00Z") });
    const { byMonth } = await getOversightCharts(county, { unit: `village:${tree.siblingVillage.id}` });
    const month = (name: string) => byMonth.find((row) => row.month === name)?.published ?? 0;
    expect(month("2026-11")).toBe(1);
    expect(month("2026-10")).toBe(0);
  });
});
