import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { acceptOpinion, createOpinion, setAsideOpinion } from "@/lib/opinions/mutations";
import { PUBLIC_OPINION_LIMIT, submitPublicOpinion } from "@/lib/opinions/public-submissions";
import { getOpinion, listOpinions } from "@/lib/opinions/queries";
import { createOpinion as makeOpinion, createOrgTree, createProblem, type OrgTree } from "../factories";
import { actorFor, outcomeOf } from "./helpers";

let tree: OrgTree;
let secretary: Actor;
let siblingSecretary: Actor;
let township: Actor;

beforeAll(async () => {
  tree = await createOrgTree(db);
  secretary = await actorFor(tree.users.villageSecretary.id);
  siblingSecretary = await actorFor(tree.siblingUsers.villageSecretary.id);
  township = await actorFor(tree.users.townshipOfficer.id);
});

let addressSerial = 0;
const freshAddress = () => `198.51.100.${++addressSerial}-${Date.now() % 100000}`;

describe("opinions recorded by the secretary", () => {
  it("are stored once, accepted, even when a flaky connection retries the submit", async () => {
    const input = { id: randomUUID(), villageId: tree.village.id, source: "MASS_MEETING", body: "村里到乡上的路一下雨就走不了", authorName: "马大爷", authorPhone: "139 0000 1234" };
    const first = await createOpinion(secretary, input);
    const retried = await createOpinion(secretary, input);
    expect(retried.id).toBe(first.id);
    expect(first.id).toBe(input.id);
    const stored = await db.opinion.findMany({ where: { body: input.body } });
    expect(stored).toMatchObject([{ status: "ACCEPTED", source: "MASS_MEETING", authorPhone: "13900001234", campaignId: tree.campaignId, createdById: secretary.userId }]);
  });

  it("refuse a missing source, an empty text and one over 500 characters, naming the field", async () => {
    const base = { villageId: tree.village.id, source: "DOOR_TO_DOOR", body: "路灯坏了" };
    expect(await outcomeOf(createOpinion(secretary, { ...base, source: "PUBLIC_BOARD" }))).toMatchObject({ code: "INVALID", field: "source" });
    expect(await outcomeOf(createOpinion(secretary, { ...base, body: "  " }))).toMatchObject({ code: "INVALID", field: "body" });
    expect(await outcomeOf(createOpinion(secretary, { ...base, body: "长".repeat(501) }))).toMatchObject({ code: "INVALID", field: "body" });
    expect(await outcomeOf(createOpinion(secretary, { ...base, authorPhone: "12345" }))).toMatchObject({ code: "INVALID", field: "authorPhone" });
  });

  it("keep a secretary to his own village, and let the township read but not write", async () => {
    const opinion = await makeOpinion(db, { villageId: tree.village.id, campaignId: tree.campaignId, status: "PENDING", source: "PUBLIC_BOARD" });
    expect(await outcomeOf(getOpinion(siblingSecretary, opinion.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(listOpinions(siblingSecretary, tree.village.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(acceptOpinion(siblingSecretary, { id: opinion.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(createOpinion(siblingSecretary, { villageId: tree.village.id, source: "MEMBER", body: "外村记的" }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await getOpinion(township, opinion.id)).id).toBe(opinion.id);
    expect((await listOpinions(township, tree.village.id)).map((o) => o.id)).toContain(opinion.id);
    expect(await outcomeOf(acceptOpinion(township, { id: opinion.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await outcomeOf(setAsideOpinion(township, { id: opinion.id, reason: "不属实" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await outcomeOf(createOpinion(township, { villageId: tree.village.id, source: "MEMBER", body: "乡里记的" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.opinion.findUniqueOrThrow({ where: { id: opinion.id } })).toMatchObject({ status: "PENDING" });
    expect(await db.opinion.count({ where: { body: { in: ["外村记的", "乡里记的"] } } })).toBe(0);
  });

  it("are filtered by status, and pending ones wait for the secretary's acceptance", async () => {
    const pending = await makeOpinion(db, { villageId: tree.village.id, campaignId: tree.campaignId, status: "PENDING", source: "PUBLIC_BOARD" });
    expect((await listOpinions(secretary, tree.village.id, { status: "PENDING" })).map((o) => o.id)).toContain(pending.id);
    await acceptOpinion(secretary, { id: pending.id });
    await acceptOpinion(secretary, { id: pending.id }); // a retried accept changes nothing
    expect((await listOpinions(secretary, tree.village.id, { status: "PENDING" })).map((o) => o.id)).not.toContain(pending.id);
    expect((await listOpinions(secretary, tree.village.id, { status: "ACCEPTED" })).map((o) => o.id)).toContain(pending.id);
  });

  it("are set aside only with a reason, and not once sorted into a problem", async () => {
    const opinion = await makeOpinion(db, { villageId: tree.village.id, campaignId: tree.campaignId, status: "PENDING", source: "PUBLIC_BOARD" });
    expect(await outcomeOf(setAsideOpinion(secretary, { id: opinion.id, reason: "" }))).toMatchObject({ code: "INVALID", field: "reason" });
    await setAsideOpinion(secretary, { id: opinion.id, reason: "和第3条重复" });
    expect(await db.opinion.findUniqueOrThrow({ where: { id: opinion.id } })).toMatchObject({ status: "SET_ASIDE", setAsideReason: "和第3条重复" });
    expect(await outcomeOf(acceptOpinion(secretary, { id: opinion.id }))).toMatchObject({ code: "CONFLICT", message: "NOT_PENDING" });

    const problem = await createProblem(db, { villageId: tree.village.id, campaignId: tree.campaignId });
    const sorted = await makeOpinion(db, { villageId: tree.village.id, campaignId: tree.campaignId, problemId: problem.id });
    expect(await outcomeOf(setAsideOpinion(secretary, { id: sorted.id, reason: "不办了" }))).toMatchObject({ code: "CONFLICT", message: "IN_PROBLEM" });
  });

  it("let only one of two phones act on a pending opinion", async () => {
    const opinion = await makeOpinion(db, { villageId: tree.village.id, campaignId: tree.campaignId, status: "PENDING", source: "PUBLIC_BOARD" });
    const outcomes = await Promise.all([
      outcomeOf(acceptOpinion(secretary, { id: opinion.id })),
      outcomeOf(setAsideOpinion(secretary, { id: opinion.id, reason: "重复" })),
    ]);
    const after = await db.opinion.findUniqueOrThrow({ where: { id: opinion.id } });
    expect(["ACCEPTED", "SET_ASIDE"]).toContain(after.status);
    // Either both ran one after the other (accepted, then set aside) or the later one met a changed row.
    expect(outcomes.every((o) => o.code === "ok" || (o.code === "CONFLICT" && o.message === "STALE"))).toBe(true);
  });
});

describe("opinions left on the public board", () => {
  it("are stored PENDING from the board, hidden, with nothing given back", async () => {
    const body = `村口的垃圾没人收${Date.now()}`;
    const result = await submitPublicOpinion(tree.village.slug, { body, authorName: "", authorPhone: "13900009999" }, freshAddress());
    expect(result).toBeUndefined();
    const stored = await db.opinion.findMany({ where: { body } });
    expect(stored).toMatchObject([{ villageId: tree.village.id, campaignId: tree.campaignId, status: "PENDING", source: "PUBLIC_BOARD", authorName: null, createdById: null }]);
    expect((await listOpinions(secretary, tree.village.id, { status: "PENDING" })).map((o) => o.id)).toContain(stored[0]!.id);
  });

  it("are stored once when the same form is sent twice", async () => {
    const input = { id: randomUUID(), body: `重发的意见${Date.now()}` };
    const address = freshAddress();
    await submitPublicOpinion(tree.village.slug, input, address);
    await submitPublicOpinion(tree.village.slug, input, address);
    expect(await db.opinion.count({ where: { body: input.body } })).toBe(1);
  });

  it("refuse an empty or over-long text and an unknown board", async () => {
    expect(await outcomeOf(submitPublicOpinion(tree.village.slug, { body: "" }, freshAddress()))).toMatchObject({ code: "INVALID", field: "body" });
    expect(await outcomeOf(submitPublicOpinion(tree.village.slug, { body: "长".repeat(301) }, freshAddress()))).toMatchObject({ code: "INVALID", field: "body" });
    expect(await outcomeOf(submitPublicOpinion("no-such-board", { body: "有人吗" }, freshAddress()))).toMatchObject({ code: "NOT_FOUND" });
  });

  it(`are throttled per address: ${PUBLIC_OPINION_LIMIT.points} an hour, then RATE_LIMITED and nothing stored`, async () => {
    const address = freshAddress();
    const tag = `限流${Date.now()}`;
    for (let i = 0; i < PUBLIC_OPINION_LIMIT.points; i++) await submitPublicOpinion(tree.village.slug, { body: `${tag}-${i}` }, address);
    const refused = await outcomeOf(submitPublicOpinion(tree.village.slug, { body: `${tag}-over` }, address));
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.opinion.count({ where: { body: { startsWith: tag } } })).toBe(PUBLIC_OPINION_LIMIT.points);
    // Another address (another villager) is not held up.
    await submitPublicOpinion(tree.siblingVillage.slug, { body: `${tag}-other` }, freshAddress());
    expect(await db.opinion.count({ where: { body: `${tag}-other`, villageId: tree.siblingVillage.id, status: "PENDING" } })).toBe(1);
  });
});
