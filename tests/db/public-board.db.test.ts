// The public reads (lib/public): nothing unpublished or private ever comes out. The board and a
// pledge's page are checked two ways: every key path of the result must be on an allow-list
// (a field added to a public select without thought fails here), and none of the private values
// seeded below (a phone number, a review comment, an override reason, draft and unpublished
// texts, a ballot comment, another village's pledge) may appear anywhere in the serialised result.
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addProgress, amendPledge } from "@/lib/pledges/mutations/follow-through";
import { getPublicBoard, type PublicBoard } from "@/lib/public/board";
import { findPublicEvidence, readEvidence } from "@/lib/public/evidence";
import { listTownships, listVillages, searchVillages } from "@/lib/public/directory";
import { boardCsv } from "@/lib/public/open-data";
import { getPublicPledge, type PublicPledgePage } from "@/lib/public/pledge";
import {
  createBallot, createCampaign, createEvaluationRound, createMember, createOpinion, createOrgTree, createPlan, createPledge, createProblem, createVillage,
  type OrgTree,
} from "../factories";
import { actorFor } from "./helpers";

// Before anything reads lib/env.ts: photos of this file go to a throwaway directory.
const uploadDir = mkdtempSync(path.join(os.tmpdir(), "pledgeboard-public-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => rm(uploadDir, { recursive: true, force: true }));

const TODAY = new Date("2026-11-25T04:00:00Z");

const SECRET = {
  memberPhone: "13811112222",
  opinionPhone: "13733334444",
  reviewComment: "退回意见：验收方式太笼统-私密",
  overrideReason: "审定理由：虽有空泛词但可以验收-私密",
  draftText: "草稿承诺-尚未提交的文字",
  submittedText: "已提交待审定的承诺文字",
  returnedText: "被退回的承诺文字",
  approvedText: "已审定但因缺整改方案未公开的承诺",
  otherVillageText: "另一个村的公开承诺",
  nonFocusTitle: "不是重点问题的问题标题",
  opinionBody: "群众意见原文-私密",
  ballotComment: "投票附言-私密",
  oldCampaignText: "上一个整改期的承诺",
};

/** Every key path of a JSON value; array elements become "[]". */
function keyPaths(value: unknown, prefix = ""): Set<string> {
  const paths = new Set<string>();
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, `${at}[]`);
    } else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        const next = at ? `${at}.${key}` : key;
        paths.add(next);
        walk(child, next);
      }
    }
  };
  walk(value, prefix);
  return paths;
}

const RATING_KEYS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"];
const ratingPaths = (at: string) => RATING_KEYS.map((key) => `${at}.${key}`);
const PLEDGE_KEYS = (at: string) => [
  ...["id", "pledger", "area", "action", "quantity", "unit", "placeOrBeneficiaries", "dueOn", "responsiblePerson", "verification", "status",
    "explanation", "assessment", "evaluation", "textVersion", "publishedOn", "daysLeft", "overdue", "needsExplanation", "problem",
    "latestProgress", "progressCount", "chainHead"].map((key) => `${at}.${key}`),
  ...["kind", "key", "name"].map((key) => `${at}.pledger.${key}`),
  `${at}.problem.id`, `${at}.problem.title`,
  ...["body", "at", "photos"].map((key) => `${at}.latestProgress.${key}`),
  ...["url", "mimeType", "width", "height"].map((key) => `${at}.latestProgress.photos[].${key}`),
  ...["closedAt", "total", "byGroup", "votes", "rated", "satisfactionRate", "flags"].map((key) => `${at}.evaluation.${key}`),
  ...ratingPaths(`${at}.evaluation.total`),
  ...["VILLAGER", "MEMBER", "TOWNSHIP"].flatMap((group) => [`${at}.evaluation.byGroup.${group}`, ...ratingPaths(`${at}.evaluation.byGroup.${group}`)]),
];

/** Everything a board may say. Adding a field to the public board means adding it here, on purpose. */
const BOARD_ALLOWED = new Set([
  "village", ...["slug", "name", "branchName", "households", "isPastoral", "township", "county", "prefecture"].map((key) => `village.${key}`),
  "village.township.id", "village.township.name", "village.county.id", "village.county.name", "village.prefecture.name",
  "campaign", "campaign.name", "campaign.startsOn", "campaign.endsOn",
  "focusProblems",
  ...["id", "title", "description", "area", "status", "focusReason", "expectedResult", "expectedBy", "needsSupport", "plan"].map((key) => `focusProblems[].${key}`),
  "focusProblems[].plan.measures", "focusProblems[].plan.timeline", "focusProblems[].plan.responsible",
  "groups", "groups[].kind", "groups[].key", "groups[].name", "groups[].pledges",
  ...PLEDGE_KEYS("groups[].pledges[]"),
  "counts", "counts.total", "counts.overdue", "counts.needsExplanation",
  ...["PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"].map((status) => `counts.${status}`),
  "boardHead", "asOf", "updatedAt",
]);

const PLEDGE_PAGE_ALLOWED = new Set([
  "village", ...["slug", "name", "branchName", "township", "county"].map((key) => `village.${key}`),
  "pledge", ...PLEDGE_KEYS("pledge"),
  "versions", "versions[].textVersion", "versions[].text", "versions[].reason", "versions[].replacedAt",
  ...["area", "action", "quantity", "unit", "placeOrBeneficiaries", "dueOn", "responsiblePerson", "verification"].map((key) => `versions[].text.${key}`),
  "events", ...["seq", "type", "at", "hash", "from", "to", "textVersion", "reason", "explanation", "body", "photoCount", "assessment"].map((key) => `events[].${key}`),
  "progress", "progress[].body", "progress[].at", "progress[].photos",
  ...["url", "mimeType", "width", "height"].map((key) => `progress[].photos[].${key}`),
  "chainHeadFull", "chainLength",
]);

function expectNoSecrets(serialised: string, extra: string[] = []) {
  for (const secret of [...Object.values(SECRET), ...extra]) expect(serialised, `leaked: ${secret}`).not.toContain(secret);
}

let tree: OrgTree;
let secretary: Actor;
let board: PublicBoard;
const ids: Record<string, string> = {};

async function phonePhoto(): Promise<File> {
  const data = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 140, b: 70 } } }).jpeg().toBuffer();
  return new File([new Uint8Array(data)], "IMG_0001.jpg", { type: "image/jpeg" });
}

beforeAll(async () => {
  tree = await createOrgTree(db);
  secretary = await actorFor(tree.users.villageSecretary.id);
  const villageId = tree.village.id;
  await db.village.update({ where: { id: villageId }, data: { name: "希望村", branchName: "希望村党支部" } });
  const author = { actorId: tree.users.villageSecretary.id, reviewerId: tree.users.townshipOfficer.id };

  const member = await createMember(db, { villageId, name: "张德明", phone: SECRET.memberPhone });
  const member2 = await createMember(db, { villageId, name: "马秀兰", phone: "13899990000" });
  const focus = await createProblem(db, { villageId, isFocus: true, title: "冬春草场牲畜饮水难" });
  await createPlan(db, { problemId: focus.id });
  await createProblem(db, { villageId, isFocus: false, title: SECRET.nonFocusTitle });
  await createOpinion(db, { villageId, body: SECRET.opinionBody, authorPhone: SECRET.opinionPhone, status: "PENDING", source: "PUBLIC_BOARD" });

  // Not public: each status before publication, with private review words.
  await createPledge(db, { villageId, status: "DRAFT", action: SECRET.draftText }, author);
  await createPledge(db, { villageId, status: "SUBMITTED", action: SECRET.submittedText, vagueFlags: ["FILLER_WORD"] }, author);
  await createPledge(db, { villageId, status: "RETURNED", action: SECRET.returnedText, reviewComment: SECRET.reviewComment }, author);
  ids.approved = (await createPledge(db, { villageId, status: "APPROVED", action: SECRET.approvedText, overrideReason: SECRET.overrideReason }, author)).id;
  await createPledge(db, { villageId: tree.siblingVillage.id, status: "PUBLISHED", action: SECRET.otherVillageText }, author);
  const earlier = await createCampaign(db, { prefectureId: tree.prefectureId, isCurrent: false, name: "2025年整改期", startsOn: new Date("2025-03-01"), endsOn: new Date("2025-12-31") });
  await createPledge(db, { villageId, campaignId: earlier.id, status: "DONE", action: SECRET.oldCampaignText, dueOn: new Date("2025-12-01") }, author);

  // Public: every status from publication on, by every kind of pledger.
  ids.published = (
    await createPledge(db, { villageId, status: "PUBLISHED", action: "为冬春草场修缮3处牲畜饮水点", problemId: focus.id, overrideReason: SECRET.overrideReason, vagueFlags: ["FILLER_WORD"], dueOn: new Date("2026-12-31") }, author)
  ).id;
  ids.lateOpen = (await createPledge(db, { villageId, status: "IN_PROGRESS", memberId: member.id, action: "帮3户贫困户联系劳务输出", dueOn: new Date("2026-11-01") }, author)).id;
  ids.lateExplained = (
    await createPledge(db, { villageId, status: "IN_PROGRESS", memberId: member.id, action: "修整村道2公里", dueOn: new Date("2026-10-01"), explanation: "砂石料冬季停产，推迟到明年4月" }, author)
  ).id;
  ids.done = (await createPledge(db, { villageId, status: "DONE", memberId: member2.id, action: "=HYPERLINK(\"http://evil\")为5户换装节水灶" }, author)).id;
  ids.partly = (await createPledge(db, { villageId, status: "PARTLY_DONE", action: "新建青贮窖2座" }, author)).id;
  ids.notDone = (await createPledge(db, { villageId, status: "NOT_DONE", action: "硬化村委会广场800平方米" }, author)).id;
  ids.withdrawn = (await createPledge(db, { villageId, status: "WITHDRAWN", memberId: member2.id, action: "为留守老人代购药品每月2次" }, author)).id;
  ids.township = (await createPledge(db, { villageId, status: "PUBLISHED", pledgerTownshipId: tree.township.id, action: "协调资金5万元修缮饮水点" }, author)).id;
  ids.department = (await createPledge(db, { villageId, status: "IN_PROGRESS", departmentId: tree.department.id, action: "派技术员2名指导青贮" }, author)).id;

  // An amendment through the app, and progress with a photo.
  const published = await db.pledge.findUniqueOrThrow({ where: { id: ids.published }, select: { version: true } });
  await amendPledge(secretary, {
    id: ids.published, version: published.version, reason: "镇里追加资金，多修2处",
    area: "DRINKING_WATER", action: "为冬春草场修缮5处牲畜饮水点", quantity: "5", unit: "处", placeOrBeneficiaries: "村东冬春草场5处饮水点",
    dueOn: "2026-12-31", responsiblePerson: "村党支部书记", verification: "村民代表验收饮水点出水正常",
  });
  await addProgress(secretary, { pledgeId: ids.published, body: "已修好2处饮水点", files: [await phonePhoto()] });

  // A closed evaluation round with a commented ballot.
  const round = await createEvaluationRound(db, { villageId, status: "CLOSED", pledgeIds: [ids.done, ids.partly] });
  await createBallot(db, { roundId: round.id, votes: [{ pledgeId: ids.done, rating: "SATISFIED", comment: SECRET.ballotComment }, { pledgeId: ids.partly, rating: "DISSATISFIED" }] });

  board = (await getPublicBoard(tree.village.slug, TODAY))!;
});

describe("getPublicBoard", () => {
  it("is null for an unknown or malformed slug", async () => {
    expect(await getPublicBoard("v-does-not-exist")).toBeNull();
    expect(await getPublicBoard("../../etc/passwd")).toBeNull();
    expect(await getPublicBoard("x".repeat(5000))).toBeNull();
    expect(await getPublicBoard("")).toBeNull();
  });

  it("says nothing beyond its allow-list of fields", () => {
    const extra = [...keyPaths(board)].filter((key) => !BOARD_ALLOWED.has(key));
    expect(extra, "fields on the public board that are not on the allow-list").toEqual([]);
    // The allow-list is exercised, not only permissive: the nested public fields are really there.
    for (const key of ["groups[].pledges[].latestProgress.photos[].url", "groups[].pledges[].evaluation.total.SATISFIED", "focusProblems[].plan.measures"]) {
      expect(keyPaths(board).has(key), key).toBe(true);
    }
  });

  it("leaks nothing private or unpublished", () => {
    expectNoSecrets(JSON.stringify(board), [ids.approved!, tree.users.villageSecretary.phone, tree.users.villageSecretary.id]);
  });

  it("shows every published pledge, withdrawn ones with their reason, and nothing else", () => {
    const shown = board.groups.flatMap((group) => group.pledges.map((pledge) => pledge.id)).sort();
    const expected = [ids.published, ids.lateOpen, ids.lateExplained, ids.done, ids.partly, ids.notDone, ids.withdrawn, ids.township, ids.department].sort();
    expect(shown).toEqual(expected);
    const withdrawn = board.groups.flatMap((group) => group.pledges).find((pledge) => pledge.id === ids.withdrawn)!;
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect(withdrawn.explanation).toContain("撤回");
    expect(board.counts).toMatchObject({ total: 9, WITHDRAWN: 1, DONE: 1 });
  });

  it("groups by pledger: the branch, members by name, the township, then departments", () => {
    expect(board.groups.map((group) => group.kind)).toEqual(["BRANCH", "MEMBER", "MEMBER", "TOWNSHIP", "DEPARTMENT"]);
    expect(board.groups[0]!.name).toBe("希望村党支部");
    expect(board.groups.filter((group) => group.kind === "MEMBER").map((group) => group.name).sort()).toEqual(["张德明", "马秀兰"].sort());
  });

  it("marks an overdue pledge until an explanation is published", () => {
    const all = board.groups.flatMap((group) => group.pledges);
    const lateOpen = all.find((pledge) => pledge.id === ids.lateOpen)!;
    const lateExplained = all.find((pledge) => pledge.id === ids.lateExplained)!;
    expect(lateOpen).toMatchObject({ overdue: true, needsExplanation: true, daysLeft: -24 });
    expect(lateExplained).toMatchObject({ overdue: true, needsExplanation: false });
    expect(all.find((pledge) => pledge.id === ids.done)).toMatchObject({ overdue: false, daysLeft: null });
    expect(board.counts.needsExplanation).toBe(1);
  });

  it("shows the current text of an amended pledge, its latest progress photo, and the evaluation", () => {
    const all = board.groups.flatMap((group) => group.pledges);
    const amended = all.find((pledge) => pledge.id === ids.published)!;
    expect(amended).toMatchObject({ action: "为冬春草场修缮5处牲畜饮水点", textVersion: 2, problem: { title: "冬春草场牲畜饮水难" } });
    expect(amended.latestProgress?.photos).toHaveLength(1);
    expect(amended.latestProgress?.photos[0]!.url).toMatch(/^\/evidence\/[a-f0-9]{2}\/[a-f0-9]+\.jpg$/);
    const done = all.find((pledge) => pledge.id === ids.done)!;
    expect(done.evaluation).toMatchObject({ votes: 1, total: { SATISFIED: 1 } });
    expect(board.focusProblems.map((problem) => problem.title)).toEqual(["冬春草场牲畜饮水难"]);
  });
});

describe("getPublicPledge", () => {
  let page: PublicPledgePage;
  beforeAll(async () => {
    page = (await getPublicPledge(tree.village.slug, ids.published!, TODAY))!;
  });

  it("is null for a pledge that is not published, of another board, or unknown", async () => {
    expect(await getPublicPledge(tree.village.slug, ids.approved!)).toBeNull();
    expect(await getPublicPledge(tree.siblingVillage.slug, ids.published!)).toBeNull();
    expect(await getPublicPledge(tree.village.slug, "no-such-pledge")).toBeNull();
    expect(await getPublicPledge(tree.village.slug, "'; DROP TABLE \"Pledge\"; --")).toBeNull();
  });

  it("says nothing beyond its allow-list and leaks no review words", () => {
    expect([...keyPaths(page)].filter((key) => !PLEDGE_PAGE_ALLOWED.has(key))).toEqual([]);
    expectNoSecrets(JSON.stringify(page), ["FILLER_WORD", tree.users.villageSecretary.id, tree.users.townshipOfficer.id]);
  });

  it("keeps the earlier text with its reason, and only public events", () => {
    expect(page.versions).toHaveLength(1);
    expect(page.versions[0]).toMatchObject({ textVersion: 1, reason: "镇里追加资金，多修2处", text: { action: "为冬春草场修缮3处牲畜饮水点" } });
    const types = page.events.map((event) => event.type);
    expect(types).toEqual(["PUBLISHED", "AMENDED", "STATUS_CHANGED", "PROGRESS"]);
    expect(page.chainLength).toBe(7); // CREATED, SUBMITTED and APPROVED stay private
    expect(page.pledge.chainHead).toBe(page.chainHeadFull!.slice(0, 8));
    expect(page.events.find((event) => event.type === "PROGRESS")).toMatchObject({ body: "已修好2处饮水点", photoCount: 1 });
  });
});

describe("progress photos", () => {
  it("serves a photo of a published pledge, and nothing of an unpublished one or outside the upload root", async () => {
    const key = board.groups.flatMap((group) => group.pledges).find((pledge) => pledge.id === ids.published)!.latestProgress!.photos[0]!.url.replace("/evidence/", "");
    expect(await findPublicEvidence(key)).toMatchObject({ mimeType: "image/jpeg" });
    expect((await readEvidence(key))?.length).toBeGreaterThan(100);

    // A photo attached to a pledge that is not public (written behind the app's back).
    const update = await db.progressUpdate.create({ data: { pledgeId: ids.approved!, body: "未公开" } });
    await db.evidenceFile.create({ data: { progressUpdateId: update.id, mimeType: "image/jpeg", bytes: 1, sha256: "0".repeat(64), storageKey: "ab/abababababababababababababababab.jpg" } });
    expect(await findPublicEvidence("ab/abababababababababababababababab.jpg")).toBeNull();
    for (const bad of ["../secret.jpg", "ab/../../etc/passwd", "/etc/passwd", "ab/x.jpg", "", "ab\\..\\x.jpg"]) {
      expect(await findPublicEvidence(bad)).toBeNull();
      expect(await readEvidence(bad)).toBeNull();
    }
  });
});

describe("finding a board", () => {
  it("finds a village by part of its name, with or without 村, and survives any query", async () => {
    expect((await searchVillages("希望")).hits.map((hit) => hit.slug)).toContain(tree.village.slug);
    expect((await searchVillages("  希望村党支部 ")).hits.map((hit) => hit.slug)).toContain(tree.village.slug);
    expect((await searchVillages("希望村")).hits[0]).toMatchObject({ name: "希望村", pledgeCount: 9 });
    expect((await searchVillages("没有这个村")).hits).toEqual([]);
    for (const junk of ["%", "_", "\u0000", "'\"\\", "😀".repeat(5000), "a".repeat(100_000)]) {
      await expect(searchVillages(junk)).resolves.toBeDefined();
    }
  });

  it("browses county → township → village", async () => {
    const townships = await listTownships(tree.county.id);
    expect(townships?.townships.map((township) => township.id)).toContain(tree.township.id);
    const villages = await listVillages(tree.township.id);
    expect(villages?.villages.find((village) => village.slug === tree.village.slug)).toMatchObject({ pledgeCount: 9 });
    expect(await listVillages("nope")).toBeNull();
    expect(await listTownships({ not: "a string" })).toBeNull();
  });
});

describe("open data", () => {
  it("has one CSV row per public pledge and neutralises formulas", async () => {
    const village = await createVillage(db);
    expect(await getPublicBoard(village.slug)).toMatchObject({ groups: [], counts: { total: 0 } });
    const csv = boardCsv(board, "https://example.org");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 9);
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expectNoSecrets(csv);
  });
});
