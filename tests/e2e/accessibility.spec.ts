import AxeBuilder from "@axe-core/playwright";
import { DEMO, expect, expectNoHorizontalOverflow, signIn, test } from "./fixtures";

const SECRETARY_SCREENS = ["/home", "/village/opinions", "/village/problems", "/village/members", "/village/pledges", "/village/pledges/new"];

test("the secretary's screens have no serious or critical accessibility finding and fit the screen", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO.secretary.phone);
  for (const screen of SECRETARY_SCREENS) {
    await page.goto(screen);
    await expectNoHorizontalOverflow(page);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${screen}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(" ")}`);
    expect(serious).toEqual([]);
  }
});

test("a pledge's page and the township's review queue have no serious or critical accessibility finding", async ({ page, browser }, testInfo) => {
  await signIn(page, DEMO.secretary.phone);
  await page.goto("/village/pledges?status=IN_PROGRESS");
  await page.getByRole("list", { name: "本村承诺" }).getByRole("link").first().click();
  await page.waitForURL(/\/village\/pledges\/[^/?]+$/);
  const { baseURL, viewport, locale, isMobile, hasTouch } = testInfo.project.use;
  const officer = await (await browser.newContext({ baseURL, viewport, locale, isMobile, hasTouch })).newPage();
  await signIn(officer, DEMO.township.phone);
  await officer.goto("/review");
  for (const screen of [page, officer]) {
    await expectNoHorizontalOverflow(screen);
    const { violations } = await new AxeBuilder({ page: screen }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${screen.url()}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  }
});

test("the public pages have no serious or critical accessibility finding", async ({ page }) => {
  for (const screen of ["/", "/sign-in"]) {
    await page.goto(screen);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${screen}: ${v.id}`)).toEqual([]);
  }
});
