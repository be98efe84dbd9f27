// The print views as paper: rendered to PDF by Chromium with the page sizes the CSS asks for,
// then read back (tests/e2e/print-pdf.ts) for page count, paper size and text. No JavaScript:
// the print views, the QR images and the short-code redirects must work without it.
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import { boardHeadHash } from "../../lib/history/board-head";
import { formatDate } from "../../lib/format";
import { encodeShortCode } from "../../lib/qr/short-code";
import { expect, expectNoHorizontalOverflow, test } from "./fixtures";
import { PAPER, pdfHasText, readPdf, type PdfPage } from "./print-pdf";

test.use({ javaScriptEnabled: false });

const DATABASE_URL =
  process.env.TEST_DATABASE_URL ??
  `postgresql://pledgeboard:pledgeboard@127.0.0.1:${process.env.E2E_PG_PORT || 54339}/pledgeboard`;
const PUBLIC = `('PUBLISHED','IN_PROGRESS','DONE','PARTLY_DONE','NOT_DONE','WITHDRAWN')`;

type Letter = { kind: "BRANCH" | "MEMBER"; memberId: string | null; name: string; actions: string[] };
type DemoBoard = {
  slug: string;
  name: string;
  branchName: string;
  boardCode: string;
  pledges: { id: string; action: string; code: string; status: string }[];
  letters: Letter[];
  boardHead: string | null;
};

/** The demo board the seed made largest, up to 34 pledges (a realistic full board), read straight from the database. */
async function demoBoard(): Promise<DemoBoard> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rows: villages } = await client.query(`
      SELECT v.id, v.slug, v.name, v."branchName", v."codeNumber", count(p.id)::int AS pledges
      FROM "Village" v JOIN "Pledge" p ON p."villageId" = v.id JOIN "Campaign" c ON c.id = p."campaignId" AND c."isCurrent"
      WHERE p.status IN ${PUBLIC}
      GROUP BY v.id HAVING count(p.id) <= 34 ORDER BY count(p.id) DESC, v."codeNumber" LIMIT 1`);
    const village = villages[0];
    const { rows: pledges } = await client.query(
      `SELECT p.id, p.action, p.status::text AS status, p."codeNumber", p."pledgerKind"::text AS kind, p."memberId", m.name AS "memberName",
         (SELECT e.hash FROM "PledgeEvent" e WHERE e."pledgeId" = p.id ORDER BY e.seq DESC LIMIT 1) AS head
       FROM "Pledge" p JOIN "Campaign" c ON c.id = p."campaignId" AND c."isCurrent" LEFT JOIN "Member" m ON m.id = p."memberId"
       WHERE p."villageId" = $1 AND p.status IN ${PUBLIC}`,
      [village.id],
    );
    const letters = new Map<string, Letter>();
    for (const pledge of pledges) {
      if (pledge.status === "WITHDRAWN" || (pledge.kind !== "BRANCH" && pledge.kind !== "MEMBER")) continue;
      const key = pledge.memberId ?? "branch";
      const letter: Letter = letters.get(key) ?? {
        kind: pledge.kind,
        memberId: pledge.memberId,
        name: pledge.memberName ?? village.branchName,
        actions: [],
      };
      letter.actions.push(pledge.action);
      letters.set(key, letter);
    }
    return {
      slug: village.slug,
      name: village.name,
      branchName: village.branchName,
      boardCode: encodeShortCode("board", village.codeNumber),
      pledges: pledges.map((p) => ({
        id: p.id,
        action: p.action,
        status: p.status,
        code: encodeShortCode("pledge", p.codeNumber),
      })),
      letters: [...letters.values()],
      boardHead: boardHeadHash(pledges.map((p) => ({ pledgeId: p.id, hash: p.head }))),
    };
  } finally {
    await client.end();
  }
}

function expectText(page: PdfPage, expected: string) {
  expect(pdfHasText(page.text, expected), `the PDF page should read "${expected}"; it reads:\n${page.text}`).toBe(true);
}

function expectPaper(page: PdfPage, paper: { width: number; height: number }) {
  expect(Math.round(page.width)).toBe(paper.width);
  expect(Math.round(page.height)).toBe(paper.height);
}

let board: DemoBoard;

test.beforeAll(async () => {
  board = await demoBoard();
  expect(
    board.pledges.length,
    "the demo seed should have a board of 25 to 34 published pledges",
  ).toBeGreaterThanOrEqual(25);
});

test("the poster prints on one A3 page: every published pledge, the QR code and short code, the date and the board head", async ({
  page,
}) => {
  await page.goto(`/v/${board.slug}/print/poster`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${board.name}承诺公开栏`);
  await expect(page.locator(".print-poster-table tbody tr")).toHaveCount(board.pledges.length);
  await expect(page.getByRole("img", { name: new RegExp(board.boardCode) })).toBeVisible();
  await expectNoHorizontalOverflow(page);

  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.pages).toHaveLength(1);
  const [sheet] = pdf.pages;
  expectPaper(sheet!, PAPER.A3);
  expectText(sheet!, `${board.name}承诺公开栏`);
  expectText(sheet!, `/b/${board.boardCode}`);
  expectText(sheet!, `打印于 ${formatDate(new Date(), "zh-CN")}`);
  expect(board.boardHead).toMatch(/^[0-9a-f]{8}$/);
  expectText(sheet!, `公开栏校验码 ${board.boardHead}`);
  for (const pledge of board.pledges) {
    expectText(sheet!, pledge.action);
    expectText(sheet!, pledge.code);
  }
  // Headers, footers and the screen-only toolbar stay off the paper.
  expect(pdfHasText(sheet!.text, "回到公开栏")).toBe(false);
  expect(pdfHasText(sheet!.text, "登录")).toBe(false);
});

test("the pledge letters print one A4 page each: the branch's and every member's, with their pledges and lines to sign", async ({
  page,
}) => {
  await page.goto(`/v/${board.slug}/print/letters`);
  await expect(page.locator("article.print-letter")).toHaveCount(board.letters.length);
  await expectNoHorizontalOverflow(page);

  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.pages).toHaveLength(board.letters.length);
  for (const sheet of pdf.pages) {
    expectPaper(sheet, PAPER.A4);
    expectText(sheet, "承诺书");
    expectText(sheet, "（签名）");
  }
  // Branch first, then the members; each page carries exactly its pledger's pledges.
  expectText(pdf.pages[0]!, board.branchName);
  expectText(pdf.pages[0]!, "党支部书记（签名）");
  for (const letter of board.letters) {
    const heading = letter.kind === "MEMBER" ? `党员 ${letter.name}` : letter.name;
    const sheet = pdf.pages.find((candidate) => pdfHasText(candidate.text, heading));
    expect(sheet, `a page headed "${heading}"`).toBeDefined();
    for (const action of letter.actions) expectText(sheet!, action);
  }
});

test("one member's letter is one page with only that member's pledges", async ({ page }) => {
  const member = board.letters.find((letter) => letter.kind === "MEMBER")!;
  const others = board.letters.filter((letter) => letter !== member).flatMap((letter) => letter.actions);
  await page.goto(`/v/${board.slug}/print/letters/${member.memberId}`);
  const pdf = readPdf(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.pages).toHaveLength(1);
  expectText(pdf.pages[0]!, `党员 ${member.name}`);
  for (const action of member.actions) expectText(pdf.pages[0]!, action);
  for (const action of others.filter((action) => !member.actions.includes(action)))
    expect(pdfHasText(pdf.pages[0]!.text, action)).toBe(false);

  expect((await page.goto(`/v/${board.slug}/print/letters/no-such-member`))?.status()).toBe(404);
  expect((await page.goto(`/v/no-such-board/print/poster`))?.status()).toBe(404);
});

test("QR codes are SVG images, cacheable, that carry the short link; short codes open the board and the pledge", async ({
  page,
  request,
  baseURL,
}) => {
  const pledge = board.pledges[0]!;
  for (const path of [`/v/${board.slug}/qr.svg`, `/v/${board.slug}/p/${pledge.id}/qr.svg`]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
    const etag = response.headers()["etag"]!;
    expect((await request.get(path, { headers: { "if-none-match": etag } })).status()).toBe(304);

    // A valid SVG document: it parses as SVG, with a title, and draws the code inside a quiet zone.
    await page.goto(path);
    const svg = await page.evaluate(() => {
      const root = document.documentElement;
      return {
        namespace: root.namespaceURI,
        name: root.localName,
        title: root.querySelector("title")?.textContent ?? "",
        viewBox: root.getAttribute("viewBox"),
        errors: document.getElementsByTagName("parsererror").length,
      };
    });
    expect(svg).toMatchObject({ namespace: "http://www.w3.org/2000/svg", name: "svg", errors: 0 });
    expect(svg.title).toContain(path.includes("/p/") ? pledge.code : board.boardCode);
    expect(svg.viewBox).toMatch(/^0 0 (\d+) \1$/);
  }
  expect((await request.get(`/v/no-such-board/qr.svg`)).status()).toBe(404);
  expect((await request.get(`/v/${board.slug}/p/no-such-pledge/qr.svg`)).status()).toBe(404);

  const toBoard = await request.get(`/b/${board.boardCode.toLowerCase()}`, { maxRedirects: 0 });
  expect(toBoard.status()).toBe(307);
  expect(new URL(toBoard.headers()["location"]!, baseURL).pathname).toBe(`/v/${board.slug}`);
  const toPledge = await request.get(`/b/${pledge.code}`, { maxRedirects: 0 });
  expect(new URL(toPledge.headers()["location"]!, baseURL).pathname).toBe(`/v/${board.slug}/p/${pledge.id}`);

  // Typed by hand, without JavaScript: lower case and a dash are fine; a typo is caught.
  await page.goto("/b");
  await page.getByLabel("查询码").fill(`${board.boardCode.slice(0, 2).toLowerCase()}-${board.boardCode.slice(2)}`);
  await page.getByRole("button", { name: "打开" }).click();
  await expect(page).toHaveURL(new RegExp(`/v/${board.slug}$`));
  await page.goto(`/b?code=${board.boardCode.slice(0, -1)}${board.boardCode.endsWith("2") ? "3" : "2"}`);
  await expect(page.getByText("这个查询码不对")).toBeVisible();
  // A code that names nothing lands on the form, which says so.
  await page.goto(`/b/${encodeShortCode("board", 29_999)}`);
  await expect(page.getByText("没有找到这个查询码对应的公开栏或承诺")).toBeVisible();
  await page.goto("/b/not-a-code");
  await expect(page.getByText("这个查询码不对")).toBeVisible();
  await expect(page.getByLabel("查询码")).toHaveValue("NOTACODE");
});

test.describe("with JavaScript on, as axe needs it", () => {
  test.use({ javaScriptEnabled: true });

  test("an unknown board or member is the friendly 404 page", async ({ page }) => {
    for (const path of [`/v/${board.slug}/print/letters/no-such-member`, "/v/no-such-board/print/poster"]) {
      expect((await page.goto(path))?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("没有找到这个页面");
    }
  });

  test("the print views and the code page have no serious or critical accessibility finding", async ({ page }) => {
    // axe over every letter of a village is slow on a phone-sized page of a busy machine.
    test.setTimeout(120_000);
    for (const path of [`/v/${board.slug}/print/poster`, `/v/${board.slug}/print/letters`, "/b", "/b?code=WRONG"]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(" ")}`),
      ).toEqual([]);
    }
  });
});
