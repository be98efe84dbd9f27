import AxeBuilder from "@axe-core/playwright";
import { DEMO, expect, expectNoHorizontalOverflow, signIn, test } from "./fixtures";

const SECRETARY_SCREENS = ["/home", "/village/opinions", "/village/problems", "/village/members"];

test("the secretary's screens have no serious or critical accessibility finding and fit the screen", async ({ page }) => {
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

test("the public pages have no serious or critical accessibility finding", async ({ page }) => {
  for (const screen of ["/", "/sign-in"]) {
    await page.goto(screen);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${screen}: ${v.id}`)).toEqual([]);
  }
});
