import { DEMO, expect, signIn, test } from "./fixtures";

// The county organiser's ledger: the export downloads with Chinese headers; an import is checked
// first (each problem by row and column, nothing written), then committed once it is clean.

const HEADER = "类型,县（市）,乡（镇）,村（社）,户数,牧区,姓名,手机号,技能";

test("the county organiser exports the ledger and imports a roster after fixing what the check found", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "organisers work at a desktop");
  test.setTimeout(120_000);
  await signIn(page, DEMO.county.phone);

  const exported = await page.request.get("/oversight/export?format=csv");
  expect(exported.status()).toBe(200);
  const text = (await exported.text()).replace(/^\uFEFF/, "");
  expect(text.split("\n")[0]).toContain("承诺事项");
  expect(text).not.toContain("格尔木市"); // another county's places never reach his ledger

  await page.goto("/org/import");
  const village = `导入测试村${Date.now() % 100000}`;
  const bad = [HEADER, `村,德令哈市,柯鲁柯镇,${village},86,否,,,`, `党员,德令哈市,柯鲁柯镇,${village},,,马永福,1381234,养殖`].join("\n");
  await page.getByLabel("花名册文件").setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${bad}\n`) });
  await page.getByRole("button", { name: "检查文件" }).click();
  await expect(page.getByText("未写入任何内容")).toBeVisible();
  const problemRow = page.getByRole("table").getByRole("row").filter({ hasText: "手机号" });
  await expect(problemRow.first()).toContainText("3");

  const good = bad.replace("1381234", "13812349876");
  await page.getByLabel("花名册文件").setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${good}\n`) });
  await page.getByRole("button", { name: "检查文件" }).click();
  await expect(page.getByText("没有发现问题")).toBeVisible();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByText("已导入").first()).toBeVisible();
  await expect(page.getByText(/党员新增 1/).first()).toBeVisible();
});
