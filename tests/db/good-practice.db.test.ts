import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { markGoodPractice, removeGoodPractice } from "@/lib/good-practice/mutations";
import { listPublicGoodPractices } from "@/lib/good-practice/public";
import { createOrgTree, createPledge, type OrgTree } from "../factories";
import { actorFor, outcomeOf } from "./helpers";

let tree: OrgTree;
let county: Actor;

beforeAll(async () => {
  tree = await createOrgTree(db);
  county = await actorFor(tree.users.countyOrganiser.id);
});

describe("good practice (典型经验)", () => {
  it("marks a village and a published pledge once each, and the public page lists them with public fields only", async () => {
    const published = await createPledge(db, { villageId: tree.village.id, status: "IN_PROGRESS", action: "为全村12户缺水户修建水窖12口" });
    const village = { id: randomUUID(), villageId: tree.village.id, note: "党员分片包户，承诺逐项有人验收" };
    await markGoodPractice(county, village);
    await markGoodPractice(county, village);
    await markGoodPractice(county, { pledgeId: published.id, note: "数量、时限、验收人都写得清楚" });

    const entries = await listPublicGoodPractices();
    expect(entries.map((e) => e.note).sort()).toEqual(["党员分片包户，承诺逐项有人验收", "数量、时限、验收人都写得清楚"]);
    const forPledge = entries.find((e) => e.pledge)!;
    expect(forPledge.pledge).toEqual({ id: published.id, action: "为全村12户缺水户修建水窖12口" });
    // Nothing private rides along: the entry's keys and the place's keys are the public ones.
    expect(Object.keys(forPledge).sort()).toEqual(["createdAt", "id", "note", "place", "pledge"]);
    expect(JSON.stringify(entries)).not.toMatch(/phone|createdById|reviewComment|overrideReason/);
  });

  it("refuses an unpublished pledge and a note of nothing, and writes nothing", async () => {
    const draft = await createPledge(db, { villageId: tree.village.id, status: "SUBMITTED" });
    const before = await db.goodPractice.count();
    expect(await outcomeOf(markGoodPractice(county, { pledgeId: draft.id, note: "还没公开" }))).toMatchObject({ code: "INVALID", message: "NOT_PUBLISHED", field: "pledgeId" });
    expect(await outcomeOf(markGoodPractice(county, { villageId: tree.village.id, note: "  " }))).toMatchObject({ code: "INVALID" });
    expect(await outcomeOf(markGoodPractice(county, { note: "没有对象" }))).toMatchObject({ code: "INVALID" });
    expect(await db.goodPractice.count()).toBe(before);
  });

  it("takes an entry off the public list", async () => {
    const { id } = await markGoodPractice(county, { villageId: tree.village.id, note: "要取消的一条" });
    await removeGoodPractice(county, { id });
    expect((await listPublicGoodPractices()).map((e) => e.id)).not.toContain(id);
  });
});
