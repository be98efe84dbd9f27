import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createMember, deleteMember, setMemberActive, updateMember } from "@/lib/members/mutations";
import { getMember, listMembers } from "@/lib/members/queries";
import { createMember as makeMember, createOrgTree, createPledge, type OrgTree } from "../factories";
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

const freshMember = (name: string) => makeMember(db, { villageId: tree.village.id, name, phone: null, skills: "养殖" });

describe("member roster", () => {
  it("adds a member once, even when a flaky connection retries the submit", async () => {
    const input = { id: randomUUID(), villageId: tree.village.id, name: "才让多杰", phone: "139-0000-5678", skills: "养殖、剪羊毛" };
    const first = await createMember(secretary, input);
    const retried = await createMember(secretary, input);
    expect(retried.id).toBe(first.id);
    expect(await db.member.findMany({ where: { name: "才让多杰" } })).toMatchObject([{ id: input.id, phone: "13900005678", skills: "养殖、剪羊毛", isActive: true }]);
  });

  it("refuses a missing name, a malformed phone and skills over 200 characters, naming the field", async () => {
    const base = { villageId: tree.village.id, name: "马福祥" };
    expect(await outcomeOf(createMember(secretary, { ...base, name: " " }))).toMatchObject({ code: "INVALID", field: "name" });
    expect(await outcomeOf(createMember(secretary, { ...base, phone: "很多" }))).toMatchObject({ code: "INVALID", field: "phone" });
    expect(await outcomeOf(createMember(secretary, { ...base, skills: "技".repeat(201) }))).toMatchObject({ code: "INVALID", field: "skills" });
  });

  it("shows each member's pledges in this campaign, active members first, so those with none stand out", async () => {
    const pledged = await freshMember("有承诺");
    const none = await freshMember("没承诺");
    const gone = await freshMember("已停用");
    await db.member.update({ where: { id: gone.id }, data: { isActive: false } });
    await createPledge(db, { villageId: tree.village.id, campaignId: tree.campaignId, memberId: pledged.id });
    await createPledge(db, { villageId: tree.village.id, campaignId: tree.campaignId, memberId: none.id, status: "WITHDRAWN" });
    const roster = await listMembers(secretary, tree.village.id);
    const byId = new Map(roster.map((m) => [m.id, m]));
    expect(byId.get(pledged.id)).toMatchObject({ pledgeCount: 1, canDelete: false });
    expect(byId.get(none.id)).toMatchObject({ pledgeCount: 0, canDelete: false }); // a withdrawn pledge does not count, but is kept
    expect(roster.findIndex((m) => !m.isActive)).toBeGreaterThan(roster.findLastIndex((m) => m.isActive));
    expect(roster.find((m) => m.id === gone.id)).toMatchObject({ isActive: false, canDelete: true });
    expect(roster[0]).not.toHaveProperty("_count");
  });

  it("keeps a secretary to his own village, and lets the township read but not write", async () => {
    const member = await freshMember("本村党员");
    expect(await outcomeOf(getMember(siblingSecretary, member.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(listMembers(siblingSecretary, tree.village.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(updateMember(siblingSecretary, { id: member.id, version: 1, name: "改" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(createMember(siblingSecretary, { villageId: tree.village.id, name: "外村加的" }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await getMember(township, member.id)).name).toBe("本村党员");
    expect(await outcomeOf(updateMember(township, { id: member.id, version: 1, name: "乡里改的" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await outcomeOf(setMemberActive(township, { id: member.id, isActive: false }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await outcomeOf(deleteMember(township, { id: member.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ name: "本村党员", isActive: true, version: 1 });
    expect(await db.member.count({ where: { name: "外村加的" } })).toBe(0);
  });

  it("refuses a stale edit and changes nothing", async () => {
    const member = await freshMember("老版本");
    await updateMember(secretary, { id: member.id, version: 1, name: "新名字", skills: "运输" });
    const stale = await outcomeOf(updateMember(secretary, { id: member.id, version: 1, name: "旧页面的名字" }));
    expect(stale).toMatchObject({ code: "CONFLICT", message: "STALE" });
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ name: "新名字", skills: "运输", version: 2 });
  });

  it("deactivates and reactivates a member", async () => {
    const member = await freshMember("外出务工");
    await setMemberActive(secretary, { id: member.id, isActive: "false", version: "1" });
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ isActive: false, version: 2 });
    expect(await outcomeOf(setMemberActive(secretary, { id: member.id, isActive: true, version: 1 }))).toMatchObject({ code: "CONFLICT", message: "STALE" });
    await setMemberActive(secretary, { id: member.id, isActive: true });
    expect(await db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ isActive: true });
  });

  it("deletes a member entered by mistake, but never one with a pledge: that one is to be deactivated", async () => {
    const mistake = await freshMember("录错的人");
    await deleteMember(secretary, { id: mistake.id });
    expect(await db.member.findUnique({ where: { id: mistake.id } })).toBeNull();

    const pledger = await freshMember("有过承诺");
    const pledge = await createPledge(db, { villageId: tree.village.id, campaignId: tree.campaignId, memberId: pledger.id, status: "WITHDRAWN" });
    expect(await outcomeOf(deleteMember(secretary, { id: pledger.id }))).toMatchObject({ code: "CONFLICT", message: "HAS_PLEDGES" });
    expect(await db.member.findUnique({ where: { id: pledger.id } })).not.toBeNull();
    expect(await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).toMatchObject({ memberId: pledger.id });
  });
});
