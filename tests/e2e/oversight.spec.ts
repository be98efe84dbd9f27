import AxeBuilder from "@axe-core/playwright";
import { DEMO, expect, signIn, test } from "./fixtures";

test("the county organiser sorts the coverage, drills down to a village and opens a weak-link list", async ({ page }) => {
  test.skip(test.info().project.name !== "desktop", "an organiser's desktop journey");
  await signIn(page, DEMO.county.phone);
  await expect(page.locator('a[href="/oversight"]').first()).toBeAttached();
  await page.goto("/oversight");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("德令哈市");
  const matrix = page.getByRole("table", { name: /覆盖情况/ });
  await expect(matrix.getByRole("rowheader").first()).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);

  await matrix.getByRole("link", { name: /逾期未说明/ }).first().click();
  await page.waitForURL(/sort=overdue&dir=asc/);
  await expect(matrix.getByRole("columnheader", { name: /逾期未说明/ })).toHaveAttribute("aria-sort", "ascending");

  await matrix.getByRole("rowheader").getByRole("link", { name: "柯鲁柯镇" }).click();
  await page.waitForURL(/unit=township/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("柯鲁柯镇");
  const villageLink = page.getByRole("table", { name: /覆盖情况/ }).getByRole("rowheader").getByRole("link").first();
  const villageName = (await villageLink.textContent())!.trim();
  await villageLink.click();
  await page.waitForURL(/unit=village/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(villageName);
  await expect(page.getByRole("heading", { name: /没有承诺的党员/ })).toBeVisible();

  await page.getByRole("link", { name: new RegExp(`${villageName} 有承诺的党员`) }).click();
  await page.waitForURL(/\/oversight\/weak\?kind=membersWithout/);
  await expect(page.getByRole("heading", { level: 1, name: "没有承诺的党员" })).toBeVisible();
  await expect(page.getByText(new RegExp(`${villageName}：共 \\d+ 项`))).toBeVisible();
});
