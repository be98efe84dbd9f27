import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page, TestInfo } from "@playwright/test";
import { DEMO, expect, expectNoHorizontalOverflow, signIn, test } from "./fixtures";

// A villager on an old phone with JavaScript off: finds the village from the landing page, reads
// its public board, filters it, opens a pledge and its history; a change the secretary publishes
// is on the board at the next look. The demo accounts' village is 德令哈市 → 柯鲁柯镇 → 希望村.

const VILLAGE = "希望村";

async function context(browser: Browser, testInfo: TestInfo, javaScriptEnabled: boolean): Promise<Page> {
  const { baseURL, viewport, locale, isMobile, hasTouch } = testInfo.project.use;
  return (await browser.newContext({ baseURL, viewport, locale, isMobile, hasTouch, javaScriptEnabled })).newPage();
}

async function openBoard(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByLabel("村名").fill("希望");
  await page.getByRole("button", { name: "查找" }).click();
  await page.getByRole("link", { name: new RegExp(`^${VILLAGE}`) }).first().click();
  await page.waitForURL(/\/v\/[a-z0-9-]+$/);
  return new URL(page.url()).pathname;
}

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("a villager finds the village, reads the board, filters it and opens a pledge's history", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "a villager's journey is a phone journey");

    const boardPath = await openBoard(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`${VILLAGE}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("公开栏");
    await expect(page.getByRole("heading", { name: "重点问题和整改方案" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: new RegExp(`^${VILLAGE}党支部`) })).toBeVisible();
    await expect(page.getByText("公开栏校验码")).toBeVisible();
    expect(await page.locator("article").count()).toBeGreaterThan(3);

    // Filter by status with the plain GET form: a page of its own with only in-progress pledges.
    await page.getByLabel("按状态").selectOption({ label: "进行中" });
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL(new RegExp(`${boardPath}/f/IN_PROGRESS/all$`));
    const badges = page.locator("article").getByText(/^(进行中|已公开|已办成|部分办成|未办成|已撤回)$/);
    expect(await badges.count()).toBeGreaterThan(0);
    expect(new Set(await badges.allTextContents())).toEqual(new Set(["进行中"]));
    await page.getByRole("link", { name: "清除筛选" }).click();
    await page.waitForURL(new RegExp(`${boardPath}$`));

    // A pledge's own page: its text, its history and the chain head.
    const first = page.locator("article").first().getByRole("heading").getByRole("link");
    const action = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(new RegExp(`${boardPath}/p/[^/]+$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(action);
    await expect(page.getByRole("heading", { name: "全部记录" })).toBeVisible();
    await expect(page.getByText("公开", { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/历史记录校验码：\s*[0-9a-f]{8}/)).toBeVisible();
    await page.getByRole("link", { name: `返回${VILLAGE}公开栏` }).last().click();
    await page.waitForURL(new RegExp(`${boardPath}$`));

    // Browsing finds the same board: county → township → village.
    await page.goto("/");
    await page.getByRole("link", { name: /^德令哈市/ }).click();
    await page.getByRole("link", { name: /^柯鲁柯镇/ }).click();
    await page.getByRole("link", { name: new RegExp(`^${VILLAGE}`) }).click();
    await expect(page).toHaveURL(new RegExp(`${boardPath}$`));
  });

  test("unknown boards and pledges are a friendly 404 in Chinese; no query string breaks a page", async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "once is enough");
    for (const path of ["/v/no-such-board", "/v/NOT%20A%20SLUG", "/v/no-such-board/p/nope", "/v/no-such-board/board.json", "/evidence/ab/../../etc/passwd", "/evidence/ab/abababababababababababababababab.jpg"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    // Unknown boards and pledges say so in words, from the HTML alone (this page runs no script).
    for (const path of ["/v/no-such-board", "/v/no-such-board/p/nope", "/v/no-such-board/print/poster"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("没有找到这个页面");
    }

    const boardPath = await openBoard(page);
    for (const path of [`${boardPath}/p/not-a-pledge`, `${boardPath}/p/not-a-pledge/qr.svg`]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    await page.goto(`${boardPath}/p/not-a-pledge`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("没有找到这个页面");
    // Each address stays under Node's 16 KB limit on a request head (past it comes a bare 431).
    const junk = encodeURIComponent("'\"<script>%00".repeat(300)) + "&q=%E0%A4%A&status=" + "x".repeat(3000);
    for (const path of [`/?q=${junk}`, `/?county=${junk}`, `/?township[]=1&township=2`, `${boardPath}?status=${junk}`, `${boardPath}/filter?status=${junk}&pledger=%3Cscript%3E`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      expect(response?.status(), path).not.toBe(404);
    }
    await expect(page).toHaveURL(new RegExp(`${boardPath}$`));
  });
});

test("a change the secretary publishes is on the board at the next look, with its history", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "a villager's journey is a phone journey");
  test.setTimeout(90_000);
  const villager = await context(browser, testInfo, false);
  const boardPath = await openBoard(villager);
  // The board is now held by the server's front cache (server/front.ts): the change must still show.
  expect((await villager.request.get(boardPath)).headers()["x-front-cache"]).toBe("hit");

  // A pledge of the branch that is still open, as the board shows it.
  const card = villager.locator("article").filter({ has: villager.getByText(/^(进行中|已公开)$/) }).first();
  const link = card.getByRole("heading").getByRole("link");
  const before = (await link.textContent())!.trim();
  const href = (await link.getAttribute("href"))!;
  const pledgeId = href.split("/").pop()!;

  const secretary = await context(browser, testInfo, true);
  await signIn(secretary, DEMO.secretary.phone);
  await secretary.goto(`/village/pledges/${pledgeId}/amend`);
  const added = `，另加装护栏${Date.now() % 100000}米`;
  // Markup typed into a free-text field is shown as the characters typed, never as markup.
  const reason = `群众代表提议加装护栏（${Date.now() % 1000}）<b>加粗</b><img src=x onerror="document.title='x'">`;
  const actionField = secretary.getByLabel("做什么");
  await actionField.fill(`${await actionField.inputValue()}${added}`);
  await secretary.getByLabel("为什么要改").fill(reason);
  await secretary.getByRole("button", { name: "保存并公开新版本" }).click();
  await expect(secretary.getByText("已生成新版本并公开").first()).toBeVisible();

  // The villager looks again: one load, no waiting.
  const started = Date.now();
  await villager.goto(boardPath);
  await expect(villager.getByRole("link", { name: `${before}${added}` }).first()).toBeVisible({ timeout: 1_000 });
  expect(Date.now() - started).toBeLessThan(5_000);

  await villager.getByRole("link", { name: `${before}${added}` }).first().click();
  await expect(villager.getByRole("heading", { name: "修改记录" })).toBeVisible();
  await expect(villager.getByText(reason).first()).toBeVisible();
  await expect(villager.locator("main b", { hasText: "加粗" })).toHaveCount(0);
  await expect(villager.locator('main img[src="x"]')).toHaveCount(0);
  await expect(villager.locator("ins").filter({ hasText: "护栏" }).first()).toBeVisible();
  await expect(villager.getByText("修改承诺", { exact: true }).first()).toBeVisible();
});

test("the landing page, a board, a filtered board and a pledge page have no serious or critical accessibility finding", async ({ page }) => {
  test.setTimeout(90_000);
  const boardPath = await openBoard(page);
  await page.goto(`${boardPath}/f/IN_PROGRESS/all`);
  const pledge = await page.locator("article").first().getByRole("heading").getByRole("link").getAttribute("href");
  for (const screen of ["/?q=希望#boards", "/?township=unknown#boards", boardPath, `${boardPath}/f/IN_PROGRESS/all`, pledge!]) {
    await page.goto(screen);
    await expectNoHorizontalOverflow(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${screen}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  }
});
