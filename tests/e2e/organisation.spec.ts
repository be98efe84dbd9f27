import { DEMO, expect, expectNoHorizontalOverflow, signIn, test } from "./fixtures";

test("a county organiser adds a township, is told what is wrong with bad input, and nothing is lost", async ({ page }, testInfo) => {
  await signIn(page, DEMO.county.phone);
  await page.goto("/org");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("组织架构");
  await expectNoHorizontalOverflow(page);

  const townshipForm = page.locator("form").filter({ has: page.getByLabel("新增乡（镇）") });
  await townshipForm.getByRole("button", { name: "新增" }).click();
  await expect(townshipForm.getByText("请填写这一项")).toBeVisible();

  const name = `测试乡${testInfo.project.name}${Date.now() % 100000}`;
  await townshipForm.getByLabel("新增乡（镇）").fill(name);
  await townshipForm.getByRole("button", { name: "新增" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: name })).toBeVisible();

  // The same name again is refused under the field, and the typed name stays.
  await townshipForm.getByLabel("新增乡（镇）").fill(name);
  await townshipForm.getByRole("button", { name: "新增" }).click();
  await expect(townshipForm.getByText("已经有同样的了")).toBeVisible();
  await expect(townshipForm.getByLabel("新增乡（镇）")).toHaveValue(name);
});

test("a village secretary cannot open organisation management", async ({ page }) => {
  await signIn(page, DEMO.secretary.phone);
  const response = await page.goto("/org");
  expect(response?.status()).toBe(404);
});
