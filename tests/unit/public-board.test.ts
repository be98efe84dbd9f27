import { describe, expect, it } from "vitest";
import type { PublicBoard, PublicPledge, PublicPledgeGroup } from "@/lib/public/board";
import { evidenceUrl, isPublicSlug, isStorageKey } from "@/lib/public/fields";
import { ALL, filterGroups, filterPath, isFiltered, parseFilter } from "@/lib/public/filter";
import { etagMatches, strongEtag } from "@/lib/public/http";
import { boardCsv, neutraliseCell } from "@/lib/public/open-data";
import { MAX_QUERY_LENGTH, normaliseQuery } from "@/lib/public/query";
import { changedFields, diffText } from "@/lib/public/text-diff";

function pledge(overrides: Partial<PublicPledge>): PublicPledge {
  return {
    id: "p1", pledger: { kind: "BRANCH", key: "branch", name: "希望村党支部" }, area: "DRINKING_WATER", action: "修缮3处饮水点",
    quantity: "3", unit: "处", placeOrBeneficiaries: "村东草场", dueOn: "2026-12-31", responsiblePerson: "书记", verification: "代表验收",
    status: "PUBLISHED", explanation: null, assessment: null, evaluation: null, textVersion: 1, publishedOn: "2026-05-01", daysLeft: 36,
    overdue: false, needsExplanation: false, problem: null, latestProgress: null, progressCount: 0, chainHead: "abcd1234",
    ...overrides,
  };
}

const branch: PublicPledgeGroup = { kind: "BRANCH", key: "branch", name: "希望村党支部", pledges: [pledge({ id: "a" }), pledge({ id: "b", status: "DONE", daysLeft: null })] };
const member: PublicPledgeGroup = {
  kind: "MEMBER", key: "member-m1", name: "张德明",
  pledges: [pledge({ id: "c", pledger: { kind: "MEMBER", key: "member-m1", name: "张德明" }, status: "IN_PROGRESS", overdue: true, needsExplanation: true, daysLeft: -3 })],
};
const board = { groups: [branch, member] } as Pick<PublicBoard, "groups">;

describe("board filters", () => {
  it("reads anything from a query as a filter, unknown values as all", () => {
    expect(parseFilter("DONE", "member-m1")).toEqual({ status: "DONE", pledger: "member-m1" });
    expect(parseFilter("DRAFT", "../x")).toEqual({ status: ALL, pledger: ALL });
    expect(parseFilter(["DONE"], undefined)).toEqual({ status: ALL, pledger: ALL });
    expect(parseFilter("x".repeat(100_000), "member-" + "a".repeat(65))).toEqual({ status: ALL, pledger: ALL });
    expect(isFiltered(parseFilter(null, null))).toBe(false);
  });

  it("has one canonical path per filter, the board itself when nothing is filtered", () => {
    expect(filterPath("v-abc", { status: ALL, pledger: ALL })).toBe("/v/v-abc");
    expect(filterPath("v-abc", { status: "overdue", pledger: ALL })).toBe("/v/v-abc/f/overdue/all");
  });

  it("keeps only matching pledges and drops empty groups", () => {
    expect(filterGroups(board, { status: "DONE", pledger: ALL }).map((g) => g.pledges.map((p) => p.id))).toEqual([["b"]]);
    expect(filterGroups(board, { status: "overdue", pledger: ALL }).map((g) => g.key)).toEqual(["member-m1"]);
    expect(filterGroups(board, { status: ALL, pledger: "branch" }).flatMap((g) => g.pledges.map((p) => p.id))).toEqual(["a", "b"]);
    expect(filterGroups(board, { status: "DONE", pledger: "member-m1" })).toEqual([]);
  });
});

describe("open data", () => {
  it("neutralises cells a spreadsheet would run as formulas, not numbers", () => {
    for (const bad of ["=1+1", "+86", "-2+3", "@SUM(A1)", "\t=x", "\r=x"]) expect(neutraliseCell(bad)).toBe(`'${bad}`);
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell("修缮3处")).toBe("修缮3处");
    expect(neutraliseCell(null)).toBe("");
    expect(neutraliseCell(true)).toBe("true");
  });

  it("writes one quoted row per pledge with a BOM and CRLF", () => {
    const csv = boardCsv({ village: { slug: "v-abc" }, groups: [{ ...branch, pledges: [pledge({ action: '=cmd|"/c calc"!A1, 修缮' })] }] } as PublicBoard, "https://x.org");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith("id,pledgerKind,pledger,")).toBe(true);
    expect(lines[1]).toContain(`"'=cmd|""/c calc""!A1, 修缮"`);
    expect(lines[1]).toContain("https://x.org/v/v-abc/p/p1");
  });
});

describe("search text", () => {
  it("drops control characters, collapses spaces and caps the length", () => {
    expect(normaliseQuery("  希望\u0000村\n\t ")).toBe("希望 村");
    expect(normaliseQuery("Ｈｏｐｅ")).toBe("Hope");
    expect(Array.from(normaliseQuery("村".repeat(10_000)))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normaliseQuery(["x"])).toBe("");
    expect(normaliseQuery("\u202e\u200b")).toBe("");
  });
});

describe("amendment diffs", () => {
  it("diffs Chinese word by word", () => {
    const parts = diffText("为村里修缮3处牲畜饮水点", "为村里修缮5处牲畜饮水点并加装护栏");
    expect(parts.filter((p) => p.kind === "removed").map((p) => p.value)).toEqual(["3"]);
    expect(parts.filter((p) => p.kind === "added").map((p) => p.value.trim())).toEqual(["5", "并加装护栏"]);
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.value).join("")).toBe("为村里修缮3处牲畜饮水点");
  });

  it("lists only the fields that changed, quantity and unit as one amount", () => {
    const before = { area: "DRINKING_WATER", action: "修缮3处", quantity: "3", unit: "处", placeOrBeneficiaries: "村东", dueOn: "2026-12-31", responsiblePerson: "书记", verification: "验收" };
    const changes = changedFields(before, { ...before, action: "修缮5处", quantity: "5", dueOn: "2027-01-31" });
    expect(changes.map((c) => c.field)).toEqual(["action", "amount", "dueOn"]);
    expect(changes[1]).toMatchObject({ before: "3处", after: "5处" });
    expect(changedFields(before, { ...before })).toEqual([]);
  });
});

describe("public keys and validators", () => {
  it("accepts only stored photo keys, never a path that could leave the upload root", () => {
    expect(isStorageKey("ab/abcdef0123456789abcdef0123456789.jpg")).toBe(true);
    expect(isStorageKey("ab/abcdef0123456789.webp")).toBe(true);
    for (const bad of ["../ab/abcdef01.jpg", "ab/../../etc/passwd", "/etc/passwd", "ab/abcdef01.png", "AB/abcdef01.jpg", "ab/abcdef01.jpg/..", "ab\\abcdef01.jpg", ""]) {
      expect(isStorageKey(bad), bad).toBe(false);
    }
    expect(evidenceUrl("ab/abcdef01.jpg")).toBe("/evidence/ab/abcdef01.jpg");
  });

  it("knows a slug's shape", () => {
    expect(isPublicSlug("v-abc123")).toBe(true);
    expect(isPublicSlug("kx7m2q9p")).toBe(true);
    for (const bad of ["", "-x", "V-ABC", "a/b", "a".repeat(65), "希望村"]) expect(isPublicSlug(bad), bad).toBe(false);
  });

  it("makes strong ETags and matches If-None-Match lists", () => {
    const etag = strongEtag("hello");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(strongEtag("hello")).toBe(etag);
    expect(strongEtag("hellO")).not.toBe(etag);
    expect(etagMatches(`"x", ${etag}`, etag)).toBe(true);
    expect(etagMatches(`W/${etag}`, etag)).toBe(true);
    expect(etagMatches("*", etag)).toBe(true);
    expect(etagMatches('"other"', etag)).toBe(false);
    expect(etagMatches(null, etag)).toBe(false);
  });
});
