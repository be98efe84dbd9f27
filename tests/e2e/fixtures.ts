import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Pledge@2026";

export const DEMO = {
  prefecture: { phone: "13900000001", name: "马建国", role: "州先教办" },
  county: { phone: "13900000002", name: "李红梅", role: "县（市）组织部门" },
  township: { phone: "13900000003", name: "才让多杰", role: "乡镇党委" },
  department: { phone: "13900000004", name: "王立新", role: "县直部门" },
  secretary: { phone: "13900000005", name: "韩永福", role: "村党支部书记" },
} as const;

/** Fills and submits the sign-in form; the caller checks the outcome. */
export async function submitSignIn(page: Page, phone: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("手机号").fill(phone);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Signs in and waits until the account's home has opened. */
export async function signIn(page: Page, phone: string, password = DEMO_PASSWORD) {
  await submitSignIn(page, phone, password);
  await page.waitForURL(/\/home$/);
}

/** The demo village's board address, found as a villager would (the landing page's search). */
export async function demoBoardPath(request: APIRequestContext): Promise<string> {
  const html = await (await request.get(`/?q=${encodeURIComponent("希望")}`)).text();
  const path = /href="(\/v\/[a-z0-9-]+)"/.exec(html)?.[1];
  expect(path, "the landing page's search finds 希望村").toBeTruthy();
  return path!;
}

/** Main content must never be wider than the window (the 360 px phone layout). */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Every test's page fails on a Content-Security-Policy violation: a page whose scripts the
 * policy blocks would look fine without JavaScript and break with it.
 */
export const test = base.extend<{ cspViolations: void }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      expect(violations, "the page broke its Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
