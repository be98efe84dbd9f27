import { mkdtempSync, readdirSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findBrokenLinks } from "@/lib/history/chain";
import { addProgress, amendPledge, closePledge, explainPledge } from "@/lib/pledges/mutations/follow-through";
import { createPledge, createUpwardPledge, submitPledge, updatePledge } from "@/lib/pledges/mutations/draft";
import { approvePledge, publishPledge, returnPledge } from "@/lib/pledges/mutations/review";
import { getPledge, listOwnUpwardPledges, listReviewQueue, listVillagePledges, membersWithoutPledge } from "@/lib/pledges/queries";
import { ZPledgeDraftInput } from "@/lib/pledges/schemas";
import { createMember, createOrgTree, createPlan, createProblem, type OrgTree } from "../factories";
import { actorFor, loadChain, outcomeOf } from "./helpers";

// Before anything reads lib/env.ts: photos of this file go to a throwaway directory.
const uploadDir = mkdtempSync(path.join(os.tmpdir(), "pledgeboard-uploads-"));
process.env.UPLOAD_DIR = uploadDir;

let tree: OrgTree;
let secretary: Actor;
let township: Actor;
let siblingTownship: Actor;
let county: Actor;

/** A concrete pledge, the kind the source holds up. */
const concrete = {
  area: "DRINKING_WATER",
  action: "为全村12户缺水户修建水窖12口",
  quantity: "12",
  unit: "口",
  placeOrBeneficiaries: "全村12户缺水户",
  dueOn: "2026-12-20",
  responsiblePerson: "村委会主任",
  verification: "村委会逐口验收，蓄水正常",
};

afterAll(() => rm(uploadDir, { recursive: true, force: true }));

beforeAll(async () => {
  tree = await createOrgTree(db);
  secretary = await actorFor(tree.users.villageSecretary.id);
  township = await actorFor(tree.users.townshipOfficer.id);
  siblingTownship = await actorFor(tree.siblingUsers.townshipOfficer.id);
  county = await actorFor(tree.users.countyOrganiser.id);
});

async function memberOf(villageId: string, name?: string) {
  return createMember(db, { villageId, ...(name ? { name } : {}) });
}

/** A JPEG photo as a phone makes it: large, with EXIF and a GPS position. */
async function phonePhoto(width = 2400, height = 1800) {
  return sharp({ create: { width, height, channels: 3, background: { r: 120, g: 160, b: 90 } } })
    .withExif({ IFD0: { Make: "Pledgephone", Model: "P1" }, IFD3: { GPSLatitudeRef: "N", GPSLongitudeRef: "E" } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Whether an EXIF block ("Exif\0\0" + TIFF) points to a GPS directory (tag 0x8825 in IFD0). */
function hasGpsDirectory(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const tiff = exif.subarray(exif.toString("latin1", 0, 4) === "Exif" ? 6 : 0);
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const ifd0 = little ? tiff.readUInt32LE(4) : tiff.readUInt32BE(4);
  return Array.from({ length: u16(ifd0) }, (_, i) => u16(ifd0 + 2 + i * 12)).includes(0x8825);
}

const photoFile = (data: Uint8Array, name: string, type = "image/jpeg") => new File([new Uint8Array(data)], name, { type });

/** A published branch pledge, through the data layer. */
async function publishedPledge(action = "修缮村东3处牲畜饮水点") {
  const { id } = await createPledge(secretary, { ...concrete, action, villageId: tree.village.id, pledgerKind: "BRANCH" });
  await submitPledge(secretary, { id, version: 1 });
  const approved = await approvePledge(township, { id, version: 2 });
  expect(approved.status).toBe("PUBLISHED");
  return { id, version: approved.version };
}

describe("the pledge lifecycle through the data layer", () => {
  it("goes from a flagged draft to done with evidence, every step logged in a chain that verifies", async () => {
    const member = await memberOf(tree.village.id, "才让多杰");
    const problem = await createProblem(db, { villageId: tree.village.id, campaignId: tree.campaignId, isFocus: true });
    await createPlan(db, { problemId: problem.id });

    const draft = await createPledge(secretary, {
      villageId: tree.village.id, pledgerKind: "MEMBER", memberId: member.id, problemId: problem.id,
      area: "DRINKING_WATER", action: "积极帮助群众解决饮水问题", placeOrBeneficiaries: "群众", dueOn: "2026-12-20",
    });
    expect(draft.vagueFlags).toEqual(expect.arrayContaining(["NO_NUMBER", "FILLER", "NO_PLACE", "NO_RESPONSIBLE", "NO_VERIFICATION"]));
    expect((await membersWithoutPledge(secretary, tree.village.id)).map((m) => m.id)).not.toContain(member.id);

    const edited = await updatePledge(secretary, { id: draft.id, version: 1, ...concrete, problemId: problem.id });
    expect(edited).toMatchObject({ version: 2, vagueFlags: [] });
    await submitPledge(secretary, { id: draft.id, version: 2 });
    expect((await listReviewQueue(township)).map((p) => p.id)).toContain(draft.id);
    expect(await listReviewQueue(siblingTownship)).toEqual([]);

    await returnPledge(township, { id: draft.id, version: 3, comment: "验收人请写具体姓名" });
    const returned = await getPledge(secretary, draft.id);
    expect(returned).toMatchObject({ status: "RETURNED", reviewComment: "验收人请写具体姓名", pledgerName: "才让多杰" });
    await updatePledge(secretary, { id: draft.id, version: 4, ...concrete, responsiblePerson: "村委会主任扎西", problemId: problem.id });
    await submitPledge(secretary, { id: draft.id, version: 5 });
    expect(await approvePledge(township, { id: draft.id, version: 6 })).toMatchObject({ status: "PUBLISHED", version: 7 });

    const amended = await amendPledge(secretary, { id: draft.id, version: 7, ...concrete, quantity: "14", unit: "口", reason: "又有2户报了缺水" });
    expect(amended.textVersion).toBe(2);
    await addProgress(secretary, { pledgeId: draft.id, body: "已修好6口水窖", files: [photoFile(await phonePhoto(), "IMG_0001.jpg")] });
    const inProgress = await getPledge(secretary, draft.id);
    expect(inProgress.status).toBe("IN_PROGRESS");
    await closePledge(secretary, { id: draft.id, version: inProgress.version, outcome: "DONE" });

    const done = await getPledge(county, draft.id);
    expect(done).toMatchObject({ status: "DONE", textVersion: 2, quantity: "14", daysLeft: null });
    expect(done.versions).toMatchObject([{ textVersion: 1, reason: "又有2户报了缺水", text: { quantity: "12" } }]);
    expect(done.progress[0]!.files[0]).toMatchObject({ mimeType: "image/jpeg", width: 1600, height: 1200 });
    expect(done.events.map((e) => e.type)).toEqual([
      "CREATED", "EDITED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "APPROVED", "PUBLISHED", "AMENDED", "STATUS_CHANGED", "PROGRESS", "STATUS_CHANGED",
    ]);
    expect(done.chainHead).toBe(done.events.at(-1)!.hash.slice(0, 8));
    expect(findBrokenLinks(await loadChain(draft.id))).toEqual([]);
  });

  it("needs the reviewer's written reason to approve a flagged pledge", async () => {
    const { id } = await createPledge(secretary, { ...concrete, action: "进一步加强村容村貌整治", quantity: "", unit: "", villageId: tree.village.id, pledgerKind: "BRANCH" });
    const submitted = await submitPledge(secretary, { id, version: 1 });
    expect(submitted.vagueFlags).toContain("FILLER");

    expect(await outcomeOf(approvePledge(township, { id, version: 2 }))).toMatchObject({ code: "INVALID", message: "OVERRIDE_REASON_REQUIRED", field: "overrideReason" });
    expect(await db.pledge.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(await db.pledgeEvent.count({ where: { pledgeId: id } })).toBe(2);

    expect(await outcomeOf(approvePledge(siblingTownship, { id, version: 2, overrideReason: "可以" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(approvePledge(county, { id, version: 2, overrideReason: "可以" }))).toMatchObject({ code: "FORBIDDEN" });

    await approvePledge(township, { id, version: 2, overrideReason: "村民大会已讨论，整治范围在附件清单中列明" });
    expect(await db.pledge.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", overrideReason: "村民大会已讨论，整治范围在附件清单中列明" });
  });

  it("holds an approved pledge back until its focus problem has a plan", async () => {
    const problem = await createProblem(db, { villageId: tree.village.id, campaignId: tree.campaignId, isFocus: true, title: "还没有方案" });
    const { id } = await createPledge(secretary, { ...concrete, action: "为村小学修建蓄水池1座", quantity: "1", unit: "座", villageId: tree.village.id, pledgerKind: "BRANCH", problemId: problem.id });
    await submitPledge(secretary, { id, version: 1 });
    expect(await approvePledge(township, { id, version: 2 })).toMatchObject({ status: "APPROVED", version: 3 });
    expect(await outcomeOf(publishPledge(secretary, { id, version: 3 }))).toMatchObject({ code: "INVALID", message: "PLAN_REQUIRED", field: "problemId" });
    await createPlan(db, { problemId: problem.id });
    await publishPledge(secretary, { id, version: 3 });
    expect((await getPledge(secretary, id)).events.map((e) => e.type)).toEqual(["CREATED", "SUBMITTED", "APPROVED", "PUBLISHED"]);
  });

  it("closes out only with evidence for done and a public explanation otherwise", async () => {
    const { id, version } = await publishedPledge("修缮村西2处牲畜饮水点");
    expect(await outcomeOf(closePledge(secretary, { id, version, outcome: "DONE" }))).toMatchObject({ code: "INVALID", message: "EVIDENCE_REQUIRED", field: "outcome" });
    expect(await outcomeOf(closePledge(secretary, { id, version, outcome: "NOT_DONE", explanation: " " }))).toMatchObject({ code: "INVALID", message: "EXPLANATION_REQUIRED", field: "explanation" });
    await closePledge(secretary, { id, version, outcome: "NOT_DONE", explanation: "冻土无法施工，明年5月前补齐" });
    const closed = await getPledge(secretary, id);
    expect(closed).toMatchObject({ status: "NOT_DONE", explanation: "冻土无法施工，明年5月前补齐" });
    expect(closed.events.slice(-2).map((e) => e.type)).toEqual(["STATUS_CHANGED", "EXPLAINED"]);
    expect(await outcomeOf(amendPledge(secretary, { id, version: closed.version, ...concrete, reason: "改" }))).toMatchObject({ code: "CONFLICT", message: "TRANSITION_NOT_ALLOWED" });
  });
  it("explains a late pledge without closing it: the overdue mark gives way, the pledge stays open", async () => {
    const { id, version } = await publishedPledge("修缮村北4处牲畜饮水点");
    await db.$executeRaw`UPDATE "Pledge" SET "dueOn" = CURRENT_DATE - 3 WHERE id = ${id}`;
    const late = (await listVillagePledges(secretary, tree.village.id)).find((p) => p.id === id)!;
    expect(late).toMatchObject({ overdue: true, needsExplanation: true });

    expect(await outcomeOf(explainPledge(secretary, { id, version, explanation: "  " }))).toMatchObject({ code: "INVALID", field: "explanation" });
    await explainPledge(secretary, { id, version, explanation: "水泥未到货，12月20日前补齐" });
    const explained = await getPledge(secretary, id);
    expect(explained).toMatchObject({ status: "PUBLISHED", overdue: true, needsExplanation: false, explanation: "水泥未到货，12月20日前补齐" });
    expect(explained.events.at(-1)?.type).toBe("EXPLAINED");
    expect(await outcomeOf(explainPledge(secretary, { id, version, explanation: "旧版本" }))).toMatchObject({ code: "CONFLICT", message: "STALE" });

    await closePledge(secretary, { id, version: explained.version, outcome: "NOT_DONE", explanation: "冻土无法施工" });
    const closed = await getPledge(secretary, id);
    expect(await outcomeOf(explainPledge(secretary, { id, version: closed.version, explanation: "再说明" }))).toMatchObject({ code: "CONFLICT", message: "NOT_IN_PROGRESS" });
  });
});

describe("upward pledges (上下联动)", () => {
  it("a township's pledge to a village's focus problem is reviewed by the county, not by the township, and shows in the village", async () => {
    const problem = await createProblem(db, { villageId: tree.village.id, campaignId: tree.campaignId, title: "饮水管网老化", isFocus: true });
    await createPlan(db, { problemId: problem.id });
    const input = { ...concrete, action: "为希望村更换老化供水管道800米", quantity: "800", unit: "米", villageId: tree.village.id, problemId: problem.id };
    expect(await outcomeOf(createUpwardPledge(secretary, input))).toMatchObject({ code: "FORBIDDEN" });
    expect(await outcomeOf(createUpwardPledge(township, { ...input, problemId: "" }))).toMatchObject({ code: "INVALID", field: "problemId" });

    const { id } = await createUpwardPledge(township, input);
    expect(await db.pledge.findUniqueOrThrow({ where: { id } })).toMatchObject({ pledgerKind: "TOWNSHIP", pledgerTownshipId: tree.township.id, problemId: problem.id });
    expect((await listOwnUpwardPledges(township)).map((p) => p.id)).toEqual([id]);
    expect(await outcomeOf(updatePledge(secretary, { id, version: 1, ...input }))).toMatchObject({ code: "FORBIDDEN" });

    await submitPledge(township, { id, version: 1 });
    expect((await listReviewQueue(township)).map((p) => p.id)).not.toContain(id);
    expect((await listReviewQueue(county)).map((p) => p.id)).toEqual([id]);
    expect(await outcomeOf(approvePledge(township, { id, version: 2 }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await approvePledge(county, { id, version: 2 })).status).toBe("PUBLISHED");

    const onBoard = (await listVillagePledges(secretary, tree.village.id)).find((p) => p.id === id);
    const townshipName = (await db.township.findUniqueOrThrow({ where: { id: tree.township.id } })).name;
    expect(onBoard).toMatchObject({ pledgerKind: "TOWNSHIP", pledgerName: townshipName, status: "PUBLISHED" });
  });
});

describe("bad input changes nothing", () => {
  it("refuses a due date outside the campaign", async () => {
    const outcome = await outcomeOf(createPledge(secretary, { ...concrete, action: "期外承诺", dueOn: "2027-03-01", villageId: tree.village.id, pledgerKind: "BRANCH" }));
    expect(outcome).toMatchObject({ code: "INVALID", message: "DUE_OUTSIDE_CAMPAIGN", field: "dueOn" });
    expect(await db.pledge.count({ where: { action: "期外承诺" } })).toBe(0);
  });

  it("refuses a quantity of 很多", async () => {
    const input = { ...concrete, quantity: "很多", villageId: tree.village.id, pledgerKind: "BRANCH" };
    expect(ZPledgeDraftInput.safeParse(input).error?.issues).toMatchObject([{ path: ["quantity"], message: "NUMBER" }]);
    expect(await outcomeOf(createPledge(secretary, input))).toMatchObject({ code: "INVALID", field: "quantity" });
  });

  it("refuses a member of another village as NOT_FOUND", async () => {
    const stranger = await memberOf(tree.siblingVillage.id);
    const outcome = await outcomeOf(createPledge(secretary, { ...concrete, action: "外村党员", villageId: tree.village.id, pledgerKind: "MEMBER", memberId: stranger.id }));
    expect(outcome).toMatchObject({ code: "NOT_FOUND", field: "memberId" });
    expect(await db.pledge.count({ where: { action: "外村党员" } })).toBe(0);
  });

  it("refuses a stale edit and leaves the pledge and its history as they were", async () => {
    const { id } = await createPledge(secretary, { ...concrete, villageId: tree.village.id, pledgerKind: "BRANCH" });
    await updatePledge(secretary, { id, version: 1, ...concrete, quantity: "13" });
    const before = await db.pledge.findUniqueOrThrow({ where: { id } });
    const events = await db.pledgeEvent.count({ where: { pledgeId: id } });
    expect(await outcomeOf(updatePledge(secretary, { id, version: 1, ...concrete, quantity: "99" }))).toMatchObject({ code: "CONFLICT", message: "STALE" });
    expect(await outcomeOf(submitPledge(secretary, { id, version: 1 }))).toMatchObject({ code: "CONFLICT", message: "STALE" });
    expect(await db.pledge.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.pledgeEvent.count({ where: { pledgeId: id } })).toBe(events);
  });

  it("lets one of two simultaneous amendments win; the other is stale and writes nothing", async () => {
    const { id, version } = await publishedPledge("修缮村中1处牲畜饮水点");
    const outcomes = await Promise.all(
      ["2", "3"].map((quantity) => outcomeOf(amendPledge(secretary, { id, version, ...concrete, action: "修缮村中饮水点", quantity, reason: `改为${quantity}处` }))),
    );
    expect(outcomes.map((o) => o.code).sort()).toEqual(["CONFLICT", "ok"]);
    expect(await db.pledgeVersion.count({ where: { pledgeId: id } })).toBe(1);
    expect(await db.pledge.findUniqueOrThrow({ where: { id } })).toMatchObject({ textVersion: 2 });
    expect(findBrokenLinks(await loadChain(id))).toEqual([]);
  });

  it("creates one pledge when the same submit is retried, even at once", async () => {
    const input = { ...concrete, id: "client-made-pledge-1", action: "重试的承诺", villageId: tree.village.id, pledgerKind: "BRANCH" };
    const [a, b] = await Promise.all([createPledge(secretary, input), createPledge(secretary, input)]);
    const c = await createPledge(secretary, input);
    expect([a.id, b.id, c.id]).toEqual([input.id, input.id, input.id]);
    expect(await db.pledge.count({ where: { action: "重试的承诺" } })).toBe(1);
    expect(await db.pledgeEvent.count({ where: { pledgeId: input.id } })).toBe(1);
  });

  it("lists the village's pledges with flags and days left, and who has no pledge yet", async () => {
    const idle = await memberOf(tree.village.id, "无承诺党员");
    const pledges = await listVillagePledges(secretary, tree.village.id, { status: "DRAFT" });
    expect(pledges.length).toBeGreaterThan(0);
    expect(pledges.every((p) => p.status === "DRAFT" && typeof p.daysLeft === "number" && Array.isArray(p.vagueFlags))).toBe(true);
    expect((await membersWithoutPledge(secretary, tree.village.id)).map((m) => m.id)).toContain(idle.id);
  });
});

describe("progress photos", () => {
  const storedFiles = () => readdirSync(uploadDir, { recursive: true }).filter((name) => String(name).includes("."));

  it("accepts a real photo: resized to 1600 px, re-encoded, location stripped unless kept", async () => {
    const { id } = await publishedPledge();
    const update = await addProgress(secretary, { pledgeId: id, body: "完成第1处", files: [photoFile(await phonePhoto(), "photo.jpg")] });
    const kept = await addProgress(secretary, { pledgeId: id, body: "完成第2处", files: [photoFile(await phonePhoto(1200, 3000), "p.jpg")], keepLocation: "on" });
    const [stripped, located] = await Promise.all(
      [update.id, kept.id].map((progressUpdateId) => db.evidenceFile.findFirstOrThrow({ where: { progressUpdateId } })),
    );
    expect(stripped).toMatchObject({ mimeType: "image/jpeg", width: 1600, height: 1200, keepsLocation: false });
    expect(located).toMatchObject({ width: 640, height: 1600, keepsLocation: true });

    const strippedData = await readFile(path.join(uploadDir, stripped!.storageKey));
    expect(strippedData.length).toBe(stripped!.bytes);
    const strippedMeta = await sharp(strippedData).metadata();
    expect(strippedMeta).toMatchObject({ format: "jpeg", width: 1600, height: 1200 });
    expect(strippedMeta.exif).toBeUndefined();
    const locatedMeta = await sharp(await readFile(path.join(uploadDir, located!.storageKey))).metadata();
    expect(hasGpsDirectory(locatedMeta.exif)).toBe(true);
    expect(hasGpsDirectory((await sharp(await phonePhoto()).metadata()).exif)).toBe(true); // the check sees what a phone writes
  });

  it("posts one update when the same upload is retried, even at once", async () => {
    const { id } = await publishedPledge("修缮村南2处牲畜饮水点");
    const input = { id: "client-made-progress-1", pledgeId: id, body: "重试的进展", files: [photoFile(await phonePhoto(800, 600), "a.jpg")] };
    const results = await Promise.all([addProgress(secretary, input), addProgress(secretary, input)]);
    await addProgress(secretary, input);
    expect(results.map((r) => r.id)).toEqual([input.id, input.id]);
    expect(await db.progressUpdate.count({ where: { pledgeId: id } })).toBe(1);
    expect(await db.evidenceFile.count({ where: { progressUpdateId: input.id } })).toBe(1);
    expect(findBrokenLinks(await loadChain(id))).toEqual([]);
  });

  it("refuses a PDF renamed .jpg and a 9 MB upload, and stores nothing", async () => {
    const { id } = await publishedPledge("修缮村北1处牲畜饮水点");
    const filesBefore = storedFiles().length;
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    expect(await outcomeOf(addProgress(secretary, { pledgeId: id, body: "假照片", files: [photoFile(pdf, "photo.jpg")] }))).toMatchObject({ code: "INVALID", message: "NOT_AN_IMAGE", field: "files" });
    const huge = new Uint8Array(9 * 1024 * 1024);
    expect(await outcomeOf(addProgress(secretary, { pledgeId: id, body: "太大", files: [photoFile(huge, "big.jpg")] }))).toMatchObject({ code: "INVALID", message: "TOO_LARGE", field: "files" });
    expect(await db.progressUpdate.count({ where: { pledgeId: id } })).toBe(0);
    expect((await db.pledge.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    expect(storedFiles().length).toBe(filesBefore);
  });
});
