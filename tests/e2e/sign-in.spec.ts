import { DEMO, expect, expectNoHorizontalOverflow, signIn, submitSignIn, test } from "./fixtures";

for (const [key, account] of Object.entries(DEMO)) {
  test(`the ${key} demo account signs in to its own home and signs out`, async ({ page }) => {
    await signIn(page, account.phone);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(account.name);
    await expect(page.getByRole("main").getByText(account.role)).toBeVisible();
    await expectNoHorizontalOverflow(page);

    await page.goto("/sign-out");
    await page.getByRole("button", { name: "退出" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
    await page.goto("/home");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
}

test("a wrong password says so without revealing whether the phone exists, and keeps the phone", async ({ page }) => {
  await submitSignIn(page, DEMO.township.phone, "wrong-password");
  const alert = page.getByRole("alert", { name: "表单错误" });
  await expect(alert).toContainText("手机号或密码不对");
  await expect(page.getByLabel("手机号")).toHaveValue(DEMO.township.phone);

  await submitSignIn(page, "13812345678", "wrong-password");
  await expect(page.getByRole("alert", { name: "表单错误" })).toContainText("手机号或密码不对");
});

test("a malformed phone and an empty password are explained field by field", async ({ page }) => {
  await submitSignIn(page, "12345", "");
  await expect(page.getByText("请填写 11 位手机号")).toBeVisible();
  await expect(page.getByText("请填写密码")).toBeVisible();
  await expect(page.getByLabel("手机号")).toHaveValue("12345");
});

test("a 10 MB sign-in post is refused with 413 and a readable message", async ({ request }) => {
  const response = await request.post("/sign-in", {
    multipart: { phone: "13900000001", password: "x".repeat(10 * 1024 * 1024) },
    headers: { origin: "http://localhost:3100" },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("提交的内容太大");
});
