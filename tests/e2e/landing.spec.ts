import { expect, expectNoHorizontalOverflow, test } from "./fixtures";

test("the landing page speaks Chinese first and switches to English and back", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("承诺");
  await expectNoHorizontalOverflow(page);

  await page.getByRole("button", { name: /EN|English/ }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: /中文/ }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
});

test("signed-out visitors are sent to sign-in from staff pages", async ({ page }) => {
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/org");
  await expect(page).toHaveURL(/\/sign-in$/);
});
