// The print views' data (lib/public/print.ts), the short codes and QR links behind them
// (lib/qr/queries.ts) and the board head printed on the poster (lib/history): paper shows only
// what the public board shows, a member's letter only that member's pledges, and a code opens
// only what is published.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { getBoardHead } from "@/lib/history/queries";
import { getPublicBoard } from "@/lib/public/board";
import { getPrintLetters, getPrintPoster } from "@/lib/public/print";
import { getBoardShortLink, getPledgeShortCodes, getPledgeShortLink, resolveShortCode } from "@/lib/qr/queries";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { decodeShortCode, encodeShortCode } from "@/lib/qr/short-code";
import { createMember, createPledge, createVillage } from "@/tests/factories";

const TODAY = new Date("2026-11-25T04:00:00Z");
const SECRET_PHONE = "13811119999";
const SECRET_REVIEW = "退回意见-不应出现在纸上";

type Row = { id: string; action: string };
let village: { id: string; slug: string; name: string; branchName: string };
let zhang: { id: string };
let li: { id: string };
let branchPledges: Row[];
let zhangPledges: Row[];
let liPledges: Row[];
let withdrawn: Row;
let township: Row;
let unpublished: Row[];
let otherVillagePledge: Row;

beforeAll(async () => {
  village = await createVillage(db, { name: "红柳村", branchName: "红柳村党支部" });
  zhang = await createMember(db, { villageId: village.id, name: "张德明", phone: SECRET_PHONE });
  li = await createMember(db, { villageId: village.id, name: "李秀英" });
  const silent = await createMember(db, { villageId: village.id, name: "王没承诺" });
  const at = (villageId: string, action: string, status: PledgeStatus, extra = {}) =>
    createPledge(db, { villageId, action, status, ...extra });

  branchPledges = [await at(village.id, "支部修缮饮水点3处", "IN_PROGRESS"), await at(village.id, "支部硬化巷道200米", "DONE")];
  zhangPledges = [await at(village.id, "张德明免费维修农机10户", "PUBLISHED", { memberId: zhang.id })];
  liPledges = [
    await at(village.id, "李秀英教刺绣20人", "IN_PROGRESS", { memberId: li.id }),
    await at(village.id, "李秀英帮扶困难户3户", "NOT_DONE", { memberId: li.id }),
  ];
  withdrawn = await at(village.id, "张德明撤回的承诺", "WITHDRAWN", { memberId: zhang.id });
  township = await at(village.id, "镇上支持修建水窖5口", "IN_PROGRESS", { pledgerKind: "TOWNSHIP" });
  unpublished = [
    await at(village.id, "草稿承诺不应印出", "DRAFT"),
    await at(village.id, "待审定承诺不应印出", "SUBMITTED", { memberId: zhang.id }),
    await at(village.id, "被退回承诺不应印出", "RETURNED", { memberId: li.id, reviewComment: SECRET_REVIEW }),
    await at(village.id, "已审定未公开不应印出", "APPROVED", { memberId: silent.id }),
  ];
  otherVillagePledge = await createPledge(db, { action: "别村的承诺", status: "PUBLISHED" });
});

function actions(pledges: { action: string }[]) {
  return pledges.map((pledge) => pledge.action).sort();
}

describe("the poster", () => {
  it("lists every published pledge of the board (withdrawn ones with their reason) and nothing unpublished", async () => {
    const poster = await getPrintPoster(village.slug, TODAY);
    const printed = poster!.groups.flatMap((group) => group.pledges);
    expect(actions(printed)).toEqual(actions([...branchPledges, ...zhangPledges, ...liPledges, withdrawn, township]));
    expect(printed.find((pledge) => pledge.id === withdrawn.id)).toMatchObject({ status: "WITHDRAWN", explanation: expect.any(String) });

    const serialised = JSON.stringify(poster);
    for (const hidden of [...unpublished, otherVillagePledge]) expect(serialised).not.toContain(hidden.action);
    expect(serialised).not.toContain(SECRET_PHONE);
    expect(serialised).not.toContain(SECRET_REVIEW);
  });

  it("carries the board's short link, a short code for each pledge, the print day and the board page's board head", async () => {
    const poster = (await getPrintPoster(village.slug, TODAY))!;
    expect(poster.board.printedOn).toBe("2026-11-25");
    expect(poster.board.link.url).toMatch(new RegExp(`^https?://[^/]+/b/${poster.board.link.code}$`));
    expect(await resolveShortCode(poster.board.link.code)).toBe(`/v/${village.slug}`);
    for (const pledge of poster.groups.flatMap((group) => group.pledges)) {
      expect(decodeShortCode(pledge.code!)?.kind).toBe("pledge");
      expect(await resolveShortCode(pledge.code!)).toBe(`/v/${village.slug}/p/${pledge.id}`);
    }
    const board = await getPublicBoard(village.slug, TODAY);
    expect(poster.board.boardHead).toMatch(/^[0-9a-f]{8}$/);
    expect(poster.board.boardHead).toBe(board!.boardHead);
    expect(await getBoardHead(village.slug)).toBe(board!.boardHead);
  });

  it("is none for an unknown board", async () => {
    expect(await getPrintPoster("v-no-such-board", TODAY)).toBeNull();
    expect(await getPrintPoster("../etc", TODAY)).toBeNull();
  });
});

describe("the board head", () => {
  it("changes when a published pledge's history grows, not when an unpublished one's does", async () => {
    const before = await getBoardHead(village.slug);
    await db.$transaction((tx) => appendPledgeEvent(tx, { pledgeId: unpublished[0]!.id, type: "EDITED", payload: { note: "草稿改了" }, actorId: null }));
    expect(await getBoardHead(village.slug)).toBe(before);

    await db.$transaction((tx) => appendPledgeEvent(tx, { pledgeId: liPledges[0]!.id, type: "PROGRESS", payload: { body: "又教会5人" }, actorId: null }));
    const after = await getBoardHead(village.slug);
    expect(after).not.toBe(before);
    expect(after).toBe((await getPublicBoard(village.slug, TODAY))!.boardHead);
  });

  it("is none for an unknown board", async () => {
    expect(await getBoardHead("v-no-such-board")).toBeNull();
  });
});

describe("the pledge letters", () => {
  it("are the branch's and each member's with a pledge still promised: branch first, no township, no withdrawn pledge", async () => {
    const data = (await getPrintLetters(village.slug, { kind: "all" }, TODAY))!;
    expect(data.letters.map((letter) => [letter.pledger.kind, letter.pledger.name])).toEqual([
      ["BRANCH", "红柳村党支部"],
      ["MEMBER", "李秀英"],
      ["MEMBER", "张德明"],
    ]);
    const printed = data.letters.flatMap((letter) => letter.pledges);
    expect(actions(printed)).toEqual(actions([...branchPledges, ...zhangPledges, ...liPledges]));
    expect(printed.every((pledge) => pledge.code !== null)).toBe(true);
    const serialised = JSON.stringify(data);
    for (const hidden of [...unpublished, withdrawn, township, otherVillagePledge]) expect(serialised).not.toContain(hidden.action);
    expect(serialised).not.toContain(SECRET_PHONE);
  });

  it("for one member list only that member's pledges", async () => {
    const data = (await getPrintLetters(village.slug, { kind: "member", memberId: li.id }, TODAY))!;
    expect(data.letters).toHaveLength(1);
    expect(data.letters[0]!.pledger).toMatchObject({ kind: "MEMBER", name: "李秀英" });
    expect(actions(data.letters[0]!.pledges)).toEqual(actions(liPledges));

    const branch = (await getPrintLetters(village.slug, { kind: "branch" }, TODAY))!;
    expect(branch.letters.map((letter) => letter.pledger.kind)).toEqual(["BRANCH"]);
    expect(actions(branch.letters[0]!.pledges)).toEqual(actions(branchPledges));
  });

  it("are none for a member with nothing published, a member of another village, or an unknown board", async () => {
    const silent = await db.member.findFirstOrThrow({ where: { name: "王没承诺" } });
    const stranger = await createMember(db, { name: "别村党员" });
    await createPledge(db, { villageId: stranger.villageId, memberId: stranger.id, status: "PUBLISHED" });
    expect(await getPrintLetters(village.slug, { kind: "member", memberId: silent.id }, TODAY)).toBeNull();
    expect(await getPrintLetters(village.slug, { kind: "member", memberId: stranger.id }, TODAY)).toBeNull();
    expect(await getPrintLetters(village.slug, { kind: "member", memberId: "no-such-member" }, TODAY)).toBeNull();
    expect(await getPrintLetters("v-no-such-board", { kind: "all" }, TODAY)).toBeNull();
  });
});

describe("short codes and QR links", () => {
  it("open a published pledge, never an unpublished one, nor a pledge under another board's slug", async () => {
    const [draft] = unpublished;
    const draftNumber = (await db.pledge.findUniqueOrThrow({ where: { id: draft!.id }, select: { codeNumber: true } })).codeNumber;
    expect(await resolveShortCode(encodeShortCode("pledge", draftNumber))).toBeNull();
    expect(await getPledgeShortLink(village.slug, draft!.id)).toBeNull();
    expect(await getPledgeShortCodes(village.slug, [draft!.id, otherVillagePledge.id])).toEqual(new Map());

    const published = await getPledgeShortLink(village.slug, zhangPledges[0]!.id);
    expect(published?.url).toMatch(/\/b\/P[2-9A-Z]{4,8}$/);
    const other = await db.village.findFirstOrThrow({ where: { pledges: { some: { id: otherVillagePledge.id } } } });
    expect(await getPledgeShortLink(other.slug, zhangPledges[0]!.id)).toBeNull();
  });

  it("open each board by its own code; an unknown or mistyped code opens nothing", async () => {
    const link = (await getBoardShortLink(village.slug))!;
    expect(link.villageName).toBe("红柳村");
    expect(await resolveShortCode(link.code.toLowerCase())).toBe(`/v/${village.slug}`);
    const mistyped = link.code.slice(0, -1) + (link.code.endsWith("2") ? "3" : "2");
    expect(await resolveShortCode(mistyped)).toBeNull();
    expect(await resolveShortCode(encodeShortCode("board", 999_999))).toBeNull();
    expect(await getBoardShortLink("v-no-such-board")).toBeNull();
  });
});
