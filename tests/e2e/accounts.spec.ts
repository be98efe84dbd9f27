import { DEMO, expect, signIn, submitSignIn, test } from "./fixtures";

test("a disabled account loses its session and cannot sign in again", async ({ page: organiser, browser }, testInfo) => {
  test.setTimeout(90_000);
  // A second browser, as the secretary's own phone would be.
  const { baseURL, viewport, locale } = testInfo.project.use;
  const secretary = await (await browser.newContext({ baseURL, viewport, locale })).newPage();
  const phone = testInfo.project.name === "phone" ? "13700000102" : "13700000101";
  const name = `测试书记${testInfo.project.name}`;

  await signIn(organiser, DEMO.county.phone);
  await organiser.goto("/accounts");
  const form = organiser.locator("form").filter({ has: organiser.getByLabel("初始密码") });
  await form.getByLabel("姓名").fill(name);
  await form.getByLabel("手机号").fill(phone);
  await form.getByLabel("角色").selectOption({ label: "村党支部书记" });
  const firstVillage = await form.locator('optgroup[label="村（社）"] option').first().getAttribute("value");
  await form.getByLabel("所属单位").selectOption(firstVillage!);
  await form.getByLabel("初始密码").fill("Village@2026");
  await form.getByRole("button", { name: "开通账号" }).click();
  await expect(form.getByText("账号已保存")).toBeVisible();

  await signIn(secretary, phone, "Village@2026");

  const card = organiser.getByRole("listitem").filter({ hasText: name });
  await card.getByRole("button", { name: "停用" }).click();
  await organiser.getByRole("dialog").getByRole("button", { name: "停用" }).click();
  await expect(organiser.getByRole("listitem").filter({ hasText: name }).getByText("已停用", { exact: true })).toBeVisible();

  await secretary.reload();
  await expect(secretary).toHaveURL(/\/sign-in$/);
  await submitSignIn(secretary, phone, "Village@2026");
  await expect(secretary.getByRole("alert", { name: "表单错误" })).toContainText("已停用");
});
