import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createProblem, savePlan, setFocus, updateProblem } from "@/lib/problems/mutations";
import { getProblem, listProblems } from "@/lib/problems/queries";
import { createOpinion, createOrgTree, createProblem as makeProblem, type OrgTree } from "../factories";
import { actorFor, outcomeOf } from "./helpers";

let tree: OrgTree;
let secretary: Actor;
let siblingSecretary: Actor;
let township: Actor;

const focusFields = { isFocus: true as const, focusReason: "群众意见最集中", expectedResult: "饮水点全部修好", expectedBy: "2026-10-31" };

beforeAll(async () => {
  tree = await createOrgTree(db);
  secretary = await actorFor(tree.users.villageSecretary.id);
  siblingSecretary = await actorFor(tree.siblingUsers.villageSecretary.id);
  township = await actorFor(tree.users.townshipOfficer.id);
});

async function freshProblem(title: string) {
  return makeProblem(db, { villageId: tree.village.id, campaignId: tree.campaignId, title });
}

describe("problems", () => {
  it("merges several opinions into one problem, once even when the submit is retried", async () => {
    const opinions = await Promise.all([1, 2].map(() => createOpinion(db, { villageId: tree.village.id, campaignId: tree.campaignId })));
    const input = { id: "client-made-problem-1", villageId: tree.village.id, title: "牲畜冬季饮水难", area: "DRINKING_WATER", opinionIds: opinions.map((o) => o.id) };
    const first = await createProblem(secretary, input);
    const retried = await createProblem(secretary, input);
    expect(retried.id).toBe(first.id);
    expect(await db.problem.count({ where: { title: "牲畜冬季饮水难" } })).toBe(1);
    const problem = await getProblem(secretary, first.id);
    expect(problem.opinions.map((o) => o.id).sort()).toEqual(opinions.map((o) => o.id).sort());
  });

  it("refuses opinions of another village and writes nothing", async () => {
    const foreign = await createOpinion(db, { villageId: tree.siblingVillage.id, campaignId: tree.campaignId });
    const outcome = await outcomeOf(createProblem(secretary, { villageId: tree.village.id, title: "外村意见", area: "OTHER", opinionIds: [foreign.id] }));
    expect(outcome).toMatchObject({ code: "NOT_FOUND", field: "opinionIds" });
    expect(await db.problem.count({ where: { title: "外村意见" } })).toBe(0);
  });

  it("keeps a secretary to his own village, and lets the township read but not write", async () => {
    const problem = await freshProblem("村道坑洼");
    expect(await outcomeOf(getProblem(siblingSecretary, problem.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(listProblems(siblingSecretary, tree.village.id))).toMatchObject({ code: "NOT_FOUND" });
    expect((await getProblem(township, problem.id)).title).toBe("村道坑洼");
    expect(await outcomeOf(updateProblem(township, { id: problem.id, version: 1, title: "改", area: "OTHER" }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await db.problem.findUniqueOrThrow({ where: { id: problem.id } })).title).toBe("村道坑洼");
  });

  it("allows at most the campaign's number of focus problems, even when two phones race for the last place", async () => {
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id: tree.campaignId } });
    await db.problem.updateMany({ where: { villageId: tree.village.id }, data: { isFocus: false } });
    const problems = await Promise.all(Array.from({ length: campaign.focusLimit + 1 }, (_, i) => freshProblem(`重点候选${i}`)));
    for (const problem of problems.slice(0, campaign.focusLimit - 1)) await setFocus(secretary, { id: problem.id, version: 1, ...focusFields });
    const [a, b] = problems.slice(campaign.focusLimit - 1);
    const outcomes = await Promise.all([a!, b!].map((p) => outcomeOf(setFocus(secretary, { id: p.id, version: 1, ...focusFields }))));
    expect(outcomes.map((o) => o.code).sort()).toEqual(["CONFLICT", "ok"]);
    expect(outcomes.find((o) => o.code === "CONFLICT")).toMatchObject({ message: "FOCUS_LIMIT", field: "isFocus" });
    expect(await db.problem.count({ where: { villageId: tree.village.id, isFocus: true } })).toBe(campaign.focusLimit);
  });

  it("needs a reason, an expected result and a date to mark a focus problem", async () => {
    const problem = await freshProblem("缺少理由");
    const outcome = await outcomeOf(setFocus(secretary, { id: problem.id, version: 1, isFocus: true, focusReason: "", expectedResult: "", expectedBy: "明年" }));
    expect(outcome.code).toBe("INVALID");
  });
});

describe("plans", () => {
  it("belong to focus problems only, and a stale edit is a conflict that changes nothing", async () => {
    await db.problem.updateMany({ where: { villageId: tree.village.id }, data: { isFocus: false } });
    const problem = await freshProblem("饮水点少");
    const plan = { problemId: problem.id, measures: "修建饮水点3处", timeline: "6—9月施工", responsible: "村委会主任" };
    expect(await outcomeOf(savePlan(secretary, plan))).toMatchObject({ code: "INVALID", message: "NOT_FOCUS" });

    await setFocus(secretary, { id: problem.id, version: 1, ...focusFields });
    await savePlan(secretary, plan);
    expect(await outcomeOf(savePlan(secretary, plan))).toMatchObject({ code: "CONFLICT", message: "STALE" });
    await savePlan(secretary, { ...plan, version: 1, measures: "修建饮水点4处" });
    const stale = await outcomeOf(savePlan(secretary, { ...plan, version: 1, measures: "修建饮水点5处" }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: "STALE" });
    expect((await db.plan.findUniqueOrThrow({ where: { problemId: problem.id } })).measures).toBe("修建饮水点4处");
  });
});
