import { DEMO, expect, expectNoHorizontalOverflow, signIn, test } from "./fixtures";

test("a secretary sorts a problem, is told what a focus problem needs, marks it within the limit and writes its plan", async ({ page }, testInfo) => {
  await signIn(page, DEMO.secretary.phone);
  await page.goto("/village/problems");
  await expectNoHorizontalOverflow(page);
  const title = `冬季牲畜饮水难${testInfo.project.name}`;

  await page.getByRole("textbox", { name: "问题" }).fill(title);
  await page.getByLabel("方面").selectOption({ label: "人畜饮水" });
  await page.getByRole("button", { name: "新增问题" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // Marking it focus with nothing filled in names each missing field.
  await page.getByRole("button", { name: "设为重点问题" }).click();
  await expect(page.getByText("请填写这一项").first()).toBeVisible();
  await expect(page.getByText("请选择日期")).toBeVisible();

  await page.getByLabel("为什么选它").fill("群众意见最集中，入冬前能修好");
  await page.getByLabel("预期效果").fill("冬春草场饮水点全部出水");
  await page.getByLabel("预期完成日期").fill("2026-12-20");
  await page.getByRole("button", { name: "设为重点问题" }).click();

  const full = page.getByText("重点问题已经选满了");
  const saved = page.getByRole("heading", { name: "整改方案" });
  await expect(full.or(saved)).toBeVisible();
  if (await full.isVisible()) {
    // At the campaign's limit: refused, and what was typed is still there.
    await expect(page.getByLabel("为什么选它")).toHaveValue("群众意见最集中，入冬前能修好");
    return;
  }
  await page.getByLabel("整改措施").fill("一、摸清饮水点底数；二、党员分片包修3处饮水点；三、村民代表验收。");
  await page.getByLabel("时间安排").fill("12月上旬摸底，12月20日前修好");
  await page.getByLabel("责任人").fill("村党支部书记韩永福");
  await page.getByRole("button", { name: "保存方案" }).click();
  await expect(page.getByText("已保存").first()).toBeVisible();
  await page.goto("/village/problems");
  await expect(page.getByRole("listitem").filter({ hasText: title }).getByText("已有整改方案")).toBeVisible();
});
