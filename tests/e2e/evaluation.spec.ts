import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEMO, expect, expectNoHorizontalOverflow, signIn, test } from "./fixtures";

/** No serious or critical axe finding, and nothing wider than the screen. */
async function expectAccessible(page: Page, screen: string) {
  await expectNoHorizontalOverflow(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${screen}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(" ")}`);
  expect(serious).toEqual([]);
}

/** Closes the round on its page, through the confirmation dialog. */
async function closeRoundHere(page: Page) {
  await page.getByRole("button", { name: "关闭评议并公布结果" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "关闭评议并公布结果" }).click();
  await expect(page.getByText("已关闭，结果已公布").first()).toBeVisible();
}

/** A 1×1 PNG: what a phone's camera would give, only smaller. */
const TALLY_SHEET_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** Closes the village's round if one is still open, then opens a new one over (at least) its first pledge; returns its path. */
async function openFreshRound(page: Page): Promise<string> {
  await page.goto("/village/evaluation/new");
  const running = page.getByRole("link", { name: "去看正在进行的评议" });
  if (await running.isVisible()) {
    await running.click();
    await closeRoundHere(page);
    await page.goto("/village/evaluation/new");
  }
  await page.locator('input[name="pledgeIds"]').first().check();
  await page.getByRole("button", { name: "开启评议" }).click();
  await page.waitForURL(/\/village\/evaluation\/[^/?]+\?opened=1$/);
  return new URL(page.url()).pathname;
}

test("a paper tally counts only once the township officer's blind second entry matches the secretary's", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.secretary.phone);
  const roundPath = await openFreshRound(page);

  // The secretary enters the mass meeting's tally of the first pledge, with the photo of the sheet.
  await page.goto(`${roundPath}/tally`);
  await page.getByLabel("到会人数").fill("30");
  // The first pledge's four counts (its fieldset is named "1. <pledge>").
  const counts = page.getByRole("group", { name: /^1\. / });
  await counts.getByLabel("满意", { exact: true }).fill("20");
  await counts.getByLabel("基本满意").fill("5");
  await counts.getByLabel("不满意").fill("3");
  await counts.getByLabel("不了解").fill("2");
  await page.getByRole("button", { name: "保存纸质计票" }).click();
  await expect(page.getByText("请拍下计票单的照片。").first()).toBeVisible();
  await expect(page.getByLabel("到会人数")).toHaveValue("30");
  await page.getByLabel("计票单照片").setInputFiles({ name: "sheet.png", mimeType: "image/png", buffer: TALLY_SHEET_PNG });
  await page.getByRole("button", { name: "保存纸质计票" }).click();
  await expect(page.getByText("已保存，等乡镇第二次录入。")).toBeVisible();

  // The township officer counts again from the photo, without seeing the secretary's numbers.
  const office = await browser.newContext({ viewport: page.viewportSize() ?? undefined, locale: "zh-CN" });
  const officer = await office.newPage();
  await signIn(officer, DEMO.township.phone);
  await officer.goto("/review/tallies");
  await expectAccessible(officer, "/review/tallies");
  await officer.getByRole("link", { name: "希望村" }).first().click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("希望村纸质计票核对");
  await expect(officer.getByRole("img", { name: "群众大会计票单照片" })).toBeVisible();
  await expect(officer.getByLabel("到会人数")).toHaveValue("");
  await expectAccessible(officer, "/review/tallies/<round>");
  const again = officer.getByRole("group", { name: /^1\. / });
  await officer.getByLabel("到会人数").fill("30");
  await again.getByLabel("满意", { exact: true }).fill("20");
  await again.getByLabel("基本满意").fill("5");
  await again.getByLabel("不满意").fill("3");
  await again.getByLabel("不了解").fill("1");
  await officer.getByRole("button", { name: "保存第二次录入" }).click();
  await expect(officer.getByText("和另一次录入不一致，暂不计入。请对照计票单核对。")).toBeVisible();

  // Disputed: held back, and both are told which number differs, not what the other typed.
  await page.goto(roundPath);
  await expect(page.getByText("两次不一致，暂不计入")).toBeVisible();
  await expect(page.getByText("两次录入不一致（不了解）").first()).toBeVisible();

  // The officer recounts: now both agree and the tally counts.
  await officer.reload();
  await officer.getByLabel("到会人数").fill("30");
  await again.getByLabel("满意", { exact: true }).fill("20");
  await again.getByLabel("基本满意").fill("5");
  await again.getByLabel("不满意").fill("3");
  await again.getByLabel("不了解").fill("2");
  await officer.getByRole("button", { name: "保存第二次录入" }).click();
  // Both agree: nothing is left for the officer to enter.
  await expect(officer.getByRole("heading", { name: "这次评议的纸质计票都已核对一致。" })).toBeVisible();
  await office.close();

  await page.goto(roundPath);
  await expect(page.getByText("两次一致，已计入")).toBeVisible();
  await closeRoundHere(page);
  await expect(page.getByText("到会 30 人：满意 20，基本满意 5，不满意 3，不了解 2")).toBeVisible();
});

test("a villager votes with a printed code, a second use is refused, and the result is published once the round closes", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.secretary.phone);

  // The secretary opens a round (the demo village's open one is closed first: one at a time).
  const roundPath = await openFreshRound(page);
  await expect(page.getByText("评议已开启").first()).toBeVisible();
  await expectAccessible(page, roundPath);

  // …and prints three codes: they are shown once, on the sheet of slips.
  await page.getByRole("link", { name: "生成并打印评议码" }).click();
  await expectAccessible(page, `${roundPath}/codes`);
  await page.getByLabel("生成多少张").fill("3");
  await page.getByRole("button", { name: "生成评议码" }).click();
  await expect(page.getByText("已生成 3 张评议码")).toBeVisible();
  const codes = await page.locator("[data-slip-sheet] li").evaluateAll((slips) => slips.map((slip) => slip.textContent?.match(/[2-9A-Z]{5}-[2-9A-Z]{5}/)?.[0] ?? ""));
  expect(codes).toHaveLength(3);
  expect(codes.every((code) => /^[2-9A-Z]{5}-[2-9A-Z]{5}$/.test(code))).toBe(true);
  await expect(page.getByRole("img", { name: `评议码 ${codes[0]} 的二维码` })).toBeVisible();
  await expectAccessible(page, `${roundPath}/codes (sheet)`);
  // Reloading shows the form again, never the codes.
  await page.reload();
  await expect(page.getByText(codes[0]!)).toHaveCount(0);

  for (const screen of [roundPath, `${roundPath}/members`, `${roundPath}/tally`, "/village/evaluation", "/village/evaluation/new"]) {
    await page.goto(screen);
    await expectAccessible(page, screen);
  }

  // The ballot page, as a phone with JavaScript sees it (axe needs it), for a code not used below.
  await page.goto(`/ballot?code=${codes[2]}`);
  await expect(page.getByRole("button", { name: "提交评议" })).toBeVisible();
  await expectAccessible(page, "/ballot?code=…");

  // A villager's cheap phone, without JavaScript: the code typed in lower case with a space.
  const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 }, isMobile: true, locale: "zh-CN" });
  const villager = await phone.newPage();
  await villager.goto("/ballot");
  await villager.getByLabel("评议码").fill(codes[0]!.toLowerCase().replace("-", " "));
  await villager.getByRole("button", { name: "开始评议" }).click();
  await expect(villager.getByRole("button", { name: "提交评议" })).toBeVisible();
  await expectNoHorizontalOverflow(villager);

  // Sent with a comment but no ratings: told what is missing, the comment still there.
  await villager.getByLabel(/^意见/).first().fill("水窖修得好");
  await villager.getByRole("button", { name: "提交评议" }).click();
  await expect(villager.getByText(/条承诺没有选择评价/)).toBeVisible();
  await expect(villager.getByLabel(/^意见/).first()).toHaveValue("水窖修得好");
  for (const choice of await villager.getByRole("radio", { name: "满意", exact: true }).all()) await choice.check();
  await villager.getByRole("button", { name: "提交评议" }).click();
  await expect(villager.getByText("您的评议已记下，谢谢！")).toBeVisible();

  // The same code again: refused, in words.
  await villager.goto(`/ballot?code=${codes[0]}`);
  await expect(villager.getByText("这个评议码已经投过票了，每张只能用一次。").first()).toBeVisible();
  await expect(villager.getByRole("button", { name: "提交评议" })).toHaveCount(0);

  // Nothing is published while the round runs.
  const roundId = roundPath.split("/").at(-1)!;
  expect((await villager.goto(`/ballot/results/${roundId}`))?.status()).toBe(404);

  // The secretary closes the round: the results are published.
  await page.goto(roundPath);
  await expect(page.getByText(/群众扫码投票 1 张/)).toBeVisible();
  await closeRoundHere(page);
  await expect(page.getByText("满意率 100%").first()).toBeVisible();
  await expectAccessible(page, `${roundPath} (closed)`);

  await villager.goto(`/ballot/results/${roundId}`);
  await expect(villager.getByRole("heading", { level: 1 })).toContainText("评议结果");
  await expect(villager.getByText("满意率 100%").first()).toBeVisible();
  await expectNoHorizontalOverflow(villager);

  // The village's public board carries the result on the pledge at once (the close redraws it).
  await villager.getByRole("link", { name: "希望村公开栏" }).click();
  await villager.waitForURL(/\/v\/[a-z0-9-]+$/);
  await expect(villager.getByText(/满意率 100%（按作出评价的 \d+ 票计算）/).first()).toBeVisible();
  await phone.close();
});
