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

test("a villager votes with a printed code, a second use is refused, and the result is published once the round closes", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.secretary.phone);

  // The demo village may still have a round open: one round at a time, so it is closed first.
  await page.goto("/village/evaluation/new");
  const running = page.getByRole("link", { name: "去看正在进行的评议" });
  if (await running.isVisible()) {
    await running.click();
    await closeRoundHere(page);
    await page.goto("/village/evaluation/new");
  }
  await expectAccessible(page, "/village/evaluation/new");

  // The secretary opens a round over at least one pledge, for villagers and members.
  await page.locator('input[name="pledgeIds"]').first().check();
  await page.getByRole("button", { name: "开启评议" }).click();
  await page.waitForURL(/\/village\/evaluation\/[^/?]+\?opened=1$/);
  const roundPath = new URL(page.url()).pathname;
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

  for (const screen of [roundPath, `${roundPath}/members`, `${roundPath}/tally`, "/village/evaluation"]) {
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
  await phone.close();
});
