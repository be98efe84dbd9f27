import sharp from "sharp";
import type { Browser, Page, TestInfo } from "@playwright/test";
import { DEMO, expect, expectNoHorizontalOverflow, signIn, test } from "./fixtures";

// The secretary's whole round on a phone: from a villager's opinion to a pledge that is done,
// through the vagueness check, the township's review and a progress photo. It runs in 安康村, a
// demo village in the township officer's 柯鲁柯镇 with one focus problem and room for a second,
// whose secretary account the county organiser opens first (as he would for a new secretary).

const VILLAGE = "安康村";
const SECRETARY_PHONE = "13700000301";
const SECRETARY_PASSWORD = "Village@2026";

async function phoneContext(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, viewport, locale, isMobile, hasTouch } = testInfo.project.use;
  return (await browser.newContext({ baseURL, viewport, locale, isMobile, hasTouch })).newPage();
}

/** A phone photo: 2400×1800 JPEG, as the camera makes it. */
function phonePhoto() {
  return sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 90, g: 140, b: 200 } } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

test("a secretary goes from an opinion to a done pledge: flagged, fixed, approved, photo, done", async ({ page: organiser, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the secretary's journey is a phone journey");
  test.setTimeout(180_000);

  // The county organiser opens an account for 安康村's secretary.
  await signIn(organiser, DEMO.county.phone);
  await organiser.goto("/accounts");
  const form = organiser.locator("form").filter({ has: organiser.getByLabel("初始密码") });
  await form.getByLabel("姓名").fill("安康村书记");
  await form.getByLabel("手机号").fill(SECRETARY_PHONE);
  await form.getByLabel("角色").selectOption({ label: "村党支部书记" });
  const village = await form.locator('optgroup[label="村（社）"] option', { hasText: VILLAGE }).first().getAttribute("value");
  await form.getByLabel("所属单位").selectOption(village!);
  await form.getByLabel("初始密码").fill(SECRETARY_PASSWORD);
  await form.getByRole("button", { name: "开通账号" }).click();
  await expect(form.getByText("账号已保存")).toBeVisible();

  const secretary = await phoneContext(browser, testInfo);
  await signIn(secretary, SECRETARY_PHONE, SECRETARY_PASSWORD);

  // A member to pledge, with his skills.
  await secretary.goto("/village/members");
  const addMember = secretary.locator("form").filter({ has: secretary.getByRole("button", { name: "添加", exact: true }) });
  await addMember.getByLabel("姓名").fill("才让卓玛");
  await addMember.getByLabel("特长").fill("打井、电焊");
  await addMember.getByRole("button", { name: "添加", exact: true }).click();
  await expect(secretary.getByText("已添加").first()).toBeVisible();

  // An opinion heard at the mass meeting, sorted into a problem that becomes a focus problem.
  const opinion = "村东几户冬天人畜饮水要跑三公里去拉";
  await secretary.goto("/village/opinions");
  await secretary.getByLabel("意见内容").fill(opinion);
  await secretary.getByRole("button", { name: "群众大会" }).click();
  await expect(secretary.getByText("已记下").first()).toBeVisible();

  const problem = "村东冬季人畜饮水难";
  await secretary.goto("/village/problems");
  await secretary.getByRole("textbox", { name: "问题" }).fill(problem);
  await secretary.getByLabel("方面").selectOption({ label: "人畜饮水" });
  await secretary.getByRole("checkbox", { name: opinion }).check();
  await secretary.getByRole("button", { name: "新增问题" }).click();
  await secretary.getByRole("link", { name: problem }).click();
  await secretary.getByLabel("为什么选它").fill("群众意见最集中，入冬前能办成");
  await secretary.getByLabel("预期效果").fill("村东缺水户在家门口有水");
  await secretary.getByLabel("预期完成日期").fill("2026-12-25");
  await secretary.getByRole("button", { name: "设为重点问题" }).click();
  await secretary.getByLabel("整改措施").fill("一、摸清缺水户；二、党员包户修水窖；三、村民代表验收。");
  await secretary.getByLabel("时间安排").fill("12月上旬摸底，12月20日前修好");
  await secretary.getByLabel("责任人").fill("村党支部书记");
  await secretary.getByRole("button", { name: "保存方案" }).click();
  await expect(secretary.getByText("已保存").first()).toBeVisible();

  // A pledge for the member, written the way the source criticises: the check says so while typing.
  await secretary.goto("/village/pledges");
  await expectNoHorizontalOverflow(secretary);
  await secretary.getByRole("link", { name: "为才让卓玛写承诺" }).click();
  await expect(secretary.getByText("特长：打井、电焊")).toBeVisible();
  await secretary.getByLabel("针对的重点问题").selectOption({ label: problem });
  await secretary.getByLabel("方面").selectOption({ label: "人畜饮水" });
  await secretary.getByLabel("做什么").fill("积极参与饮水工作，努力做好服务");
  await expect(secretary.getByText("“积极”是态度不是承诺", { exact: false })).toBeVisible();
  await expect(secretary.getByRole("status", { name: "写得更具体些" })).toContainText("可以写得更具体");
  await secretary.getByLabel("哪天前办完").fill("2026-12-20");
  await expectNoHorizontalOverflow(secretary);
  await secretary.getByRole("button", { name: "保存草稿" }).click();
  await expect(secretary.getByRole("heading", { level: 1 })).toHaveText("积极参与饮水工作，努力做好服务");
  await expect(secretary.getByRole("list", { name: "空泛提示" })).toContainText("套话多");

  // Fixed: concrete, and the check is satisfied.
  await secretary.getByRole("link", { name: "修改", exact: true }).click();
  await secretary.getByLabel("做什么").fill("为村东3户缺水户各修建水窖1口");
  await secretary.getByLabel("数量").fill("3");
  await secretary.getByLabel("单位").fill("口");
  await secretary.getByLabel("在哪里、为谁办").fill("村东缺水户才让、卓玛、多杰3户");
  await secretary.getByLabel("谁负责").fill("党员才让卓玛");
  await secretary.getByLabel("怎样算办成").fill("由村委会逐口验收，受益户签字");
  await expect(secretary.getByRole("status", { name: "写得更具体些" })).toContainText("写得很具体");
  await secretary.getByRole("button", { name: "保存修改" }).click();
  await expect(secretary.getByText("没有发现空泛的地方")).toBeVisible();
  await secretary.getByRole("button", { name: "提交审定" }).click();
  await expect(secretary.getByText("已提交，等待审定").first()).toBeVisible();
  const pledgeUrl = secretary.url().replace(/\?.*$/, "");

  // The township officer approves it from his queue: published at once.
  const officer = await phoneContext(browser, testInfo);
  await signIn(officer, DEMO.township.phone);
  await officer.goto("/review");
  const card = officer.getByRole("listitem").filter({ hasText: "为村东3户缺水户各修建水窖1口" });
  await card.getByRole("button", { name: "通过并公开" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "已通过并公开" })).toBeVisible();
  await expect(card).toHaveCount(0);

  // Progress with a photo, then done.
  await secretary.goto(pledgeUrl);
  await expect(secretary.getByText("已公开", { exact: true })).toBeVisible();
  await secretary.getByRole("textbox", { name: /^进展/ }).fill("3口水窖已全部完工蓄水");
  await secretary.locator('input[type="file"][name="files"]').setInputFiles({ name: "shuijiao.jpg", mimeType: "image/jpeg", buffer: await phonePhoto() });
  await secretary.getByRole("button", { name: "提交进展" }).click();
  await expect(secretary.getByText("进展已提交")).toBeVisible();
  const photo = secretary.getByRole("img", { name: "进展照片 1" });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);

  await secretary.getByRole("button", { name: "办结" }).click();
  await secretary.getByRole("dialog").getByRole("button", { name: "办结" }).click();
  await expect(secretary.getByRole("status").filter({ hasText: "已办结" })).toBeVisible();
  await expect(secretary.getByText("已办成", { exact: true }).first()).toBeVisible();
  await expect(secretary.getByRole("button", { name: "提交进展" })).toHaveCount(0);
});

test("the township pledges support to a village's focus problem; the county organiser approves it", async ({ page: officer, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "officers work at a desktop");
  test.setTimeout(90_000);
  await signIn(officer, DEMO.township.phone);
  await officer.goto("/support");
  await officer.getByRole("list", { name: "各村的重点问题" }).getByRole("link", { name: /写支持承诺/ }).first().click();
  await officer.getByLabel("做什么").fill("协调县水利局为村里新打机井1眼");
  await officer.getByLabel("数量").fill("1");
  await officer.getByLabel("单位").fill("眼");
  await officer.getByLabel("在哪里、为谁办").fill("村东缺水的12户");
  await officer.getByLabel("哪天前办完").fill("2026-12-28");
  await officer.getByLabel("谁负责").fill("乡镇党委副书记");
  await officer.getByLabel("怎样算办成").fill("机井出水，村委会和受益户验收签字");
  await officer.getByRole("button", { name: "保存草稿" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("协调县水利局为村里新打机井1眼");
  await officer.getByRole("button", { name: "提交审定" }).click();
  await expect(officer.getByText("已提交，等待审定").first()).toBeVisible();

  const { baseURL, viewport, locale } = testInfo.project.use;
  const county = await (await browser.newContext({ baseURL, viewport, locale })).newPage();
  await signIn(county, DEMO.county.phone);
  await county.goto("/review");
  const card = county.getByRole("listitem").filter({ hasText: "协调县水利局为村里新打机井1眼" });
  await card.getByRole("button", { name: "通过并公开" }).click();
  await expect(county.getByRole("status").filter({ hasText: "已通过" })).toBeVisible();

  await officer.goto("/support");
  await expect(officer.getByRole("list", { name: "我们的支持承诺" }).getByRole("listitem").filter({ hasText: "协调县水利局为村里新打机井1眼" })).toContainText(/已公开|已审定/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a wrong pledge form says what is wrong, field by field, and keeps everything typed", async ({ page }) => {
    await signIn(page, DEMO.secretary.phone);
    await page.goto("/village/pledges/new");
    await page.getByLabel("做什么").fill("为村西5户修缮牲畜棚圈5处");
    await page.getByLabel("数量").fill("很多");
    await page.getByLabel("方面").selectOption({ label: "村容村貌" });
    await page.getByLabel("哪天前办完").fill("2031-01-01");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByText("请填写数字")).toBeVisible();
    await expect(page.getByLabel("做什么")).toHaveValue("为村西5户修缮牲畜棚圈5处");
    await expect(page.getByLabel("数量")).toHaveValue("很多");

    await page.getByLabel("数量").fill("5");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByText("日期要在整改期内")).toBeVisible();
    await expect(page.getByLabel("数量")).toHaveValue("5");
    await expect(page.getByLabel("哪天前办完")).toHaveValue("2031-01-01");
  });

  test("a 30 MB photo is refused with a clear message and the progress text is kept", async ({ page }) => {
    // 30 MB travels through the browser, the proxy and the action: slow on a busy machine.
    test.setTimeout(90_000);
    await signIn(page, DEMO.secretary.phone);
    await page.goto("/village/pledges?status=IN_PROGRESS");
    await page.getByRole("list", { name: "本村承诺" }).getByRole("link").first().click();
    await page.getByRole("textbox", { name: /^进展/ }).fill("已完成一半");
    const huge = Buffer.alloc(30 * 1024 * 1024, 7);
    await page.locator('input[type="file"][name="files"]').setInputFiles({ name: "big.jpg", mimeType: "image/jpeg", buffer: huge });
    await page.getByRole("button", { name: "提交进展" }).click();
    await expect(page.getByText("照片太大了")).toBeVisible();
    await expect(page.getByRole("textbox", { name: /^进展/ })).toHaveValue("已完成一半");
  });
});
