// The route handlers, called the way Next calls them (a Request and the route's params), for each
// role against its own, a sibling and the parent scope, and for an anonymous visitor; the answer
// expected is written beside each row (tests/db/access-matrix/entry-points.ts says the same in words).
//
// Two seams, neither of them the database: the session (lib/session.ts reads next-auth's cookie
// through next/headers, which only exists inside a Next request) is replaced by the actor a row
// names, built from the account as lib/session.ts builds it; and the public reads' Next data cache
// (lib/public/cached.ts, unstable_cache, also request-only) by the uncached reads it wraps. The
// public routes must not look at the session at all: each check counts the session reads.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { EXAMPLE_ROWS } from "@/lib/ledger/import/layout";
import { encodeShortCode } from "@/lib/qr/short-code";
import { createEvaluationRound, createPledge } from "@/tests/factories";
import { COUNTY, DEPT, PREF, ROLES, TOWNSHIP, VILLAGE, type Scope } from "./access-matrix/case-table";
import { actorOf, buildWorld, id } from "./access-matrix/world";

const session = vi.hoisted(() => ({ actor: null as Actor | null, reads: 0 }));
vi.mock("@/lib/session", () => ({
  getActor: async () => {
    session.reads++;
    return session.actor;
  },
}));
vi.mock("@/lib/public/cached", async () => {
  const { getPublicBoard } = await import("@/lib/public/board");
  const { getPublicPledge } = await import("@/lib/public/pledge");
  return { cachedBoard: getPublicBoard, cachedPledge: getPublicPledge };
});
// The QR images' caption: next-intl's server side needs Next's request config; the words do not matter here.
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

// Before anything reads lib/env.ts: photos of this file go to a throwaway directory.
const uploadDir = mkdtempSync(path.join(os.tmpdir(), "pledgeboard-routes-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => rm(uploadDir, { recursive: true, force: true }));

const tallyPhoto = await import("@/app/(app)/village/evaluation/tally-photo/[tallyId]/route");
const ledgerExport = await import("@/app/(app)/oversight/export/route");
const example = await import("@/app/(app)/org/import/example/route");
const evidence = await import("@/app/(public)/evidence/[...key]/route");
const shortCode = await import("@/app/(public)/b/[code]/route");
const filter = await import("@/app/(public)/v/[slug]/filter/route");
const boardJson = await import("@/app/(public)/v/[slug]/board.json/route");
const boardCsv = await import("@/app/(public)/v/[slug]/board.csv/route");
const boardQr = await import("@/app/(public)/v/[slug]/qr.svg/route");
const pledgeQr = await import("@/app/(public)/v/[slug]/p/[id]/qr.svg/route");

const ANONYMOUS = "ANONYMOUS" as const;
type Who = Role | typeof ANONYMOUS;
const EVERYONE: Who[] = [ANONYMOUS, ...ROLES];

async function signIn(who: Who) {
  session.actor = who === ANONYMOUS ? null : await actorOf(who);
}
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const get = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost${url}`, { headers });
const slugOf = async (village: string) => (await db.village.findUniqueOrThrow({ where: { id: id(village) }, select: { slug: true } })).slug;

const hex = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ((seed * 7 + i * 13) % 16).toString(16)).join("");
const photos = new Map<string, { key: string; bytes: Buffer }>();
const tallies = new Map<string, string>();

beforeAll(async () => {
  await buildWorld();
  const jpeg = (colour: string) => sharp({ create: { width: 32, height: 24, channels: 3, background: colour } }).jpeg().toBuffer();
  // A paper tally with a stored photo in each village the rows name.
  for (const [n, village] of ["V000", "V001", "V010", "V100", "X.V000"].entries()) {
    const pledge = await createPledge(db, { villageId: id(village), status: "DONE", action: `为${village}修缮2处牲畜饮水点` });
    const round = await createEvaluationRound(db, { villageId: id(village), pledgeIds: [pledge.id] });
    const key = `${hex(2, n)}/${hex(32, n + 1)}.jpg`;
    const bytes = await jpeg(`#${hex(6, n)}`);
    mkdirSync(path.join(uploadDir, path.dirname(key)), { recursive: true });
    writeFileSync(path.join(uploadDir, key), bytes);
    const tally = await db.paperTally.create({ data: { roundId: round.id, pledgeId: pledge.id, attendees: 40, firstCounts: { SATISFIED: 30, BASICALLY_SATISFIED: 6, DISSATISFIED: 3, UNKNOWN: 1 }, photoKey: key } });
    tallies.set(village, tally.id);
    photos.set(`TL.${village}`, { key, bytes });
  }
  // Progress photos: one of V000's published pledge, one of its draft (never public), one of another county's published pledge.
  for (const [n, pledge] of ["PLP.V000", "PL.V000", "PLP.V100"].entries()) {
    const update = await db.progressUpdate.create({ data: { pledgeId: id(pledge), body: `进展${pledge}` } });
    const key = `${hex(2, n + 10)}/${hex(32, n + 11)}.jpg`;
    const bytes = await jpeg(`#${hex(6, n + 10)}`);
    mkdirSync(path.join(uploadDir, path.dirname(key)), { recursive: true });
    writeFileSync(path.join(uploadDir, key), bytes);
    await db.evidenceFile.create({ data: { progressUpdateId: update.id, mimeType: "image/jpeg", bytes: bytes.length, sha256: hex(64, n + 20), storageKey: key } });
    photos.set(pledge, { key, bytes });
  }
});

beforeEach(() => {
  session.actor = null;
  session.reads = 0;
});

type Row = [Who, Scope | "-", string, number];

describe("the tally-sheet photo (app/(app)/village/evaluation/tally-photo/[tallyId])", () => {
  // getTallyPhoto's matrix rows, as HTTP: everyone whose reach holds the village sees it; outside reach it does not exist.
  const ROWS: Row[] = [
    [ANONYMOUS, "-", "V000", 401],
    [PREF, "OWN", "V000", 200],
    [PREF, "SIBLING", "X.V000", 404],
    [COUNTY, "OWN", "V000", 200],
    [COUNTY, "SIBLING", "V100", 404],
    [TOWNSHIP, "OWN", "V000", 200],
    [TOWNSHIP, "OWN", "V001", 200],
    [TOWNSHIP, "SIBLING", "V010", 404],
    [DEPT, "OWN", "V000", 200], // paired with V000
    [DEPT, "PARENT", "V001", 404], // in its county, not paired
    [VILLAGE, "OWN", "V000", 200],
    [VILLAGE, "SIBLING", "V001", 404],
    [VILLAGE, "PARENT", "V010", 404],
  ];

  it.each(ROWS)("%s · %s %s → %i", async (who, _scope, village, status) => {
    await signIn(who);
    const response = await tallyPhoto.GET(get(`/village/evaluation/tally-photo/${tallies.get(village)}`), params({ tallyId: tallies.get(village)! }));
    expect(response.status).toBe(status);
    expect(session.reads).toBe(1);
    const body = Buffer.from(await response.arrayBuffer());
    if (status !== 200) return expect(body.includes(photos.get(`TL.${village}`)!.bytes.subarray(0, 64))).toBe(false);
    expect(body.equals(photos.get(`TL.${village}`)!.bytes)).toBe(true);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
    expect(response.headers.get("cache-control")).toMatch(/^private/);
  });

  it("is 404 for an unknown tally, a hostile id, and a photo gone from the disk", async () => {
    await signIn(PREF);
    for (const tallyId of ["nope", "../../etc/passwd", "' OR 1=1 --", "x".repeat(10_000), "\u0000", "%00"]) {
      expect((await tallyPhoto.GET(get("/x"), params({ tallyId }))).status).toBe(404);
    }
    const gone = await db.paperTally.findUniqueOrThrow({ where: { id: tallies.get("V001")! } });
    await rm(path.join(uploadDir, gone.photoKey!));
    expect((await tallyPhoto.GET(get("/x"), params({ tallyId: gone.id }))).status).toBe(404);
  });
});

describe("the ledger download (app/(app)/oversight/export)", () => {
  // openLedgerExport's matrix rows, as HTTP: organisers and officers over their own part of the tree.
  const ROWS: Row[] = [
    [ANONYMOUS, "-", "P", 401],
    [PREF, "OWN", "P", 200],
    [PREF, "OWN", "C1", 200],
    [PREF, "SIBLING", "X.C0", 404],
    [COUNTY, "OWN", "C0", 200],
    [COUNTY, "OWN", "T01", 200],
    [COUNTY, "SIBLING", "C1", 404],
    [TOWNSHIP, "OWN", "T00", 200],
    [TOWNSHIP, "SIBLING", "T01", 404],
    [TOWNSHIP, "PARENT", "C0", 404],
    [DEPT, "OWN", "V000", 403], // departments keep no ledger
    [DEPT, "PARENT", "C0", 403],
    [VILLAGE, "OWN", "V000", 403], // nor do secretaries
    [VILLAGE, "PARENT", "T00", 403],
  ];
  const LEVEL = { C: "county", T: "township", V: "village" } as const;
  const unitOf = (symbol: string) => (symbol === "P" ? "" : `&unit=${LEVEL[symbol.replace(/^X\./, "")[0] as "C" | "T" | "V"]}:${id(symbol)}`);
  const whereOf = (symbol: string) =>
    symbol === "P" ? { county: { prefectureId: id("P") } } : symbol.startsWith("C") ? { countyId: id(symbol) } : symbol.startsWith("T") ? { townshipId: id(symbol) } : { villageId: id(symbol) };

  it.each(ROWS)("%s · %s %s → %i", async (who, _scope, unit, status) => {
    await signIn(who);
    const response = await ledgerExport.GET(get(`/oversight/export?format=csv${unitOf(unit)}`));
    expect(response.status).toBe(status);
    const text = await response.text();
    if (status !== 200) return expect(text).not.toContain(","); // a bare code, no ledger rows
    expect(response.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const ids = text.replace(/^\uFEFF/, "").trim().split("\r\n").slice(1).map((line) => line.split(",")[0]);
    const expected = await db.pledge.findMany({ where: { ...whereOf(unit), campaign: { isCurrent: true } }, select: { id: true } });
    expect(ids.sort()).toEqual(expected.map((p) => p.id).sort());
    expect(ids.length).toBeGreaterThan(0);
  });

  it("refuses an unknown format or a malformed unit, and neutralises formulas in the XLSX", async () => {
    await signIn(COUNTY);
    expect((await ledgerExport.GET(get("/oversight/export?format=pdf"))).status).toBe(400);
    expect((await ledgerExport.GET(get(`/oversight/export?format=csv&unit=${encodeURIComponent("county:x' OR '1'='1")}`))).status).toBe(404);
    const formula = '=HYPERLINK("http://evil.example","点这里")';
    const pledge = await createPledge(db, { villageId: id("V000"), status: "PUBLISHED", action: formula });
    const response = await ledgerExport.GET(get(`/oversight/export?format=xlsx&unit=village:${id("V000")}`));
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.some((cell) => cell.value === pledge.id)).toBe(true);
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
    expect(cells.map((cell) => cell.value)).toContain(`'${formula}`);
  });
});

describe("the example roster (app/(app)/org/import/example)", () => {
  it.each(EVERYONE)("%s gets the same fixed example, without a session read", async (who) => {
    await signIn(who);
    const response = example.GET();
    expect(response.status).toBe(200);
    // With its BOM (Response.text() would drop it), so that Excel reads the Chinese.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text).toBe(stringify(EXAMPLE_ROWS, { bom: true, record_delimiter: "windows" }));
    expect(session.reads).toBe(0);
  });
});

describe("progress photos (app/(public)/evidence/[...key])", () => {
  const fetchPhoto = async (key: string, headers: Record<string, string> = {}) => evidence.GET(get(`/evidence/${key}`, headers), params({ key: key.split("/") }));

  it.each(EVERYONE)("%s: a published pledge's photo (any county's), never a draft's; no session read", async (who) => {
    await signIn(who);
    for (const published of ["PLP.V000", "PLP.V100"]) {
      const response = await fetchPhoto(photos.get(published)!.key);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(photos.get(published)!.bytes)).toBe(true);
      expect(response.headers.get("content-type")).toBe("image/jpeg");
    }
    expect((await fetchPhoto(photos.get("PL.V000")!.key)).status).toBe(404);
    // A tally sheet's photo lies under the same root, but is no progress photo.
    expect((await fetchPhoto(photos.get("TL.V000")!.key)).status).toBe(404);
    expect(session.reads).toBe(0);
  });

  it("answers 304 to its ETag and 404 to keys that would leave the upload root", async () => {
    const response = await fetchPhoto(photos.get("PLP.V000")!.key);
    expect((await fetchPhoto(photos.get("PLP.V000")!.key, { "if-none-match": response.headers.get("etag")! })).status).toBe(304);
    for (const key of ["../../etc/passwd", "ab/../../../etc/passwd", "%2e%2e/x.jpg", "ab/abababababababababababababababab.jpg", "", "ab\\..\\x.jpg"]) {
      expect((await fetchPhoto(key)).status).toBe(404);
    }
  });
});

describe("the public board's open data, short codes, QR images and filter", () => {
  it.each(EVERYONE)("%s: board.json and board.csv hold the published pledges and nothing unpublished", async (who) => {
    await signIn(who);
    const slug = await slugOf("V000");
    const json = await boardJson.GET(get(`/v/${slug}/board.json`), params({ slug }));
    const csv = await boardCsv.GET(get(`/v/${slug}/board.csv`), params({ slug }));
    expect([json.status, csv.status]).toEqual([200, 200]);
    const [jsonText, csvText] = [await json.text(), await csv.text()];
    for (const text of [jsonText, csvText]) {
      expect(text).toContain(id("PLP.V000"));
      for (const hidden of ["PL.V000", "PLS.V000", "PLA.V000", "PLP.V001", "PLP.X.V000"]) expect(text).not.toContain(id(hidden));
    }
    for (const route of [boardJson, boardCsv]) {
      for (const unknown of ["no-such-board", "\u0000", "../x", "x".repeat(5000)]) expect((await route.GET(get("/v/nope"), params({ slug: unknown }))).status).toBe(404);
    }
    expect(session.reads).toBe(0);
  });

  it.each(EVERYONE)("%s: a short code leads to a board or a published pledge only", async (who) => {
    await signIn(who);
    const codeOf = async (pledge: string) => encodeShortCode("pledge", (await db.pledge.findUniqueOrThrow({ where: { id: id(pledge) } })).codeNumber);
    const village = await db.village.findUniqueOrThrow({ where: { id: id("V000") } });
    const go = async (code: string) => (await shortCode.GET(get(`/b/${code}`), params({ code }))).headers.get("location");
    expect(await go(encodeShortCode("board", village.codeNumber))).toBe(`/v/${village.slug}`);
    expect(await go(await codeOf("PLP.V000"))).toBe(`/v/${village.slug}/p/${id("PLP.V000")}`);
    for (const unpublished of ["PL.V000", "PLS.V000", "PLA.V000"]) expect(await go(await codeOf(unpublished))).toMatch(/^\/b\?code=/);
    for (const junk of ["%E0%A4%A", "//evil.example", "<script>", "9".repeat(5000)]) expect(await go(junk)).toMatch(/^\/b\?code=/);
    expect(session.reads).toBe(0);
  });

  it.each(EVERYONE)("%s: QR images exist for a board and its published pledges only", async (who) => {
    await signIn(who);
    const slug = await slugOf("V000");
    expect((await boardQr.GET(get(`/v/${slug}/qr.svg`), params({ slug }))).headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect((await boardQr.GET(get("/v/x/qr.svg"), params({ slug: "no-such-board" }))).status).toBe(404);
    const qr = (pledge: string) => pledgeQr.GET(get("/qr.svg"), params({ slug, id: id(pledge) }));
    expect((await qr("PLP.V000")).status).toBe(200);
    for (const hidden of ["PL.V000", "PLA.V000", "PLP.V001"]) expect((await qr(hidden)).status).toBe(404);
    expect((await pledgeQr.GET(get("/qr.svg"), params({ slug, id: "\u0000" }))).status).toBe(404);
    expect(session.reads).toBe(0);
  });

  it("sends the filter form on to a path of this site, whatever the query", async () => {
    const slug = await slugOf("V000");
    const send = async (query: string, to = slug) => filter.GET(get(`/v/${to}/filter?${query}`), params({ slug: to }));
    expect((await send("status=DONE&pledger=branch")).headers.get("location")).toBe(`/v/${slug}/f/DONE/branch`);
    for (const query of ["status=//evil.example&pledger=branch", "status=DRAFT&pledger=../x", "status=DONE&status=DRAFT", `pledger=${"a".repeat(5000)}`]) {
      const response = await send(query);
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toMatch(new RegExp(`^/v/${slug}(/f/[A-Za-z_]+/[a-z0-9-]+)?$`));
    }
    expect((await send("status=DONE", "../evil")).status).toBe(404);
    expect(session.reads).toBe(0);
  });
});
