import { DEMO, DEMO_PASSWORD, demoBoardPath, expect, test } from "./fixtures";

// The production server's security headers, its refusal of server actions posted from another
// site, the session cookie's flags, and the open-data throttle (docs/limits.md, SECURITY.md).

test.skip(({ isMobile }) => isMobile, "headers do not depend on the screen");

test("pages rendered per request carry a nonce policy and the other security headers; no HSTS over plain HTTP", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
  expect(nonce, headers["content-security-policy"]).toBeTruthy();
  expect(headers["content-security-policy"]).toContain("'strict-dynamic'");
  expect(headers["content-security-policy"]).not.toContain("'unsafe-inline' 'nonce");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["strict-transport-security"]).toBeUndefined();
  // Next put the nonce on every script of the page, and each request gets a new one.
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const again = (await request.get("/sign-in")).headers()["content-security-policy"];
  expect(again).not.toContain(nonce!);
});

test("behind an HTTPS proxy the answer carries HSTS", async ({ request }) => {
  const headers = (await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } })).headers();
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(headers["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("a cached board allows only its own scripts, works with them, and breaks no policy", async ({ page, request }) => {
  const boardPath = await demoBoardPath(request);
  const response = await page.goto(boardPath);
  const policy = response!.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  expect(policy).not.toContain("nonce-");
  expect(policy).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("希望村");
  // The fixture fails the test on any CSP violation the board's scripts cause.
});

test("a server action posted from another site is refused and starts no session", async ({ browser, request }, testInfo) => {
  // The sign-in form as a page without JavaScript posts it (every hidden field React put in it),
  // captured on its way out and replayed with the Origin a forged form on another site would carry.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: false, locale: "zh-CN" });
  const page = await context.newPage();
  let captured: { body: Buffer; contentType: string } | undefined;
  await page.route("**/sign-in", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = { body: route.request().postDataBuffer()!, contentType: (await route.request().allHeaders())["content-type"]! };
    await route.abort();
  });
  await page.goto("/sign-in");
  await page.getByLabel("手机号").fill(DEMO.secretary.phone);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect.poll(() => captured).toBeTruthy();
  await context.close();

  const replay = (origin: string) =>
    request.post("/sign-in", { data: captured!.body, headers: { "content-type": captured!.contentType, origin }, maxRedirects: 0 });
  const sessionCookieOf = (response: Awaited<ReturnType<typeof replay>>) =>
    response.headersArray().find((header) => header.name.toLowerCase() === "set-cookie" && header.value.includes("session-token"))?.value;

  const foreign = await replay("https://evil.example");
  expect(foreign.status()).toBeGreaterThanOrEqual(400);
  expect(sessionCookieOf(foreign)).toBeUndefined();

  // The same post from the app's own origin does sign in: the refusal above is the origin's doing.
  const own = await replay(new URL(testInfo.project.use.baseURL!).origin);
  expect(own.status()).toBe(303);
  const cookie = sessionCookieOf(own) ?? "";
  expect(cookie).toMatch(/^next-auth\.session-token=/);
  expect(cookie).toMatch(/; HttpOnly/i);
  expect(cookie).toMatch(/; SameSite=Lax/i);
  // Over plain HTTP (this test server) the cookie cannot be Secure; over HTTPS it is (__Secure- prefix, lib/session.ts).
});

test("one address downloading open data in a loop is slowed down; another address is not", async ({ request }) => {
  const boardPath = await demoBoardPath(request);
  const from = (address: string) => ({ headers: { "x-forwarded-for": address } });
  const statuses: number[] = [];
  for (let i = 0; i < 61; i += 1) statuses.push((await request.get(`${boardPath}/board.json`, from("203.0.113.7"))).status());
  expect(statuses.slice(0, 60).every((status) => status === 200)).toBe(true);
  const refused = await request.get(`${boardPath}/board.csv`, from("203.0.113.7"));
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused.text()).toContain("下载太频繁了");
  expect((await request.get(`${boardPath}/board.json`, from("203.0.113.8"))).status()).toBe(200);
});

test("a NUL byte in an address is not found, never a server error", async ({ request }) => {
  for (const path of ["/village/pledges/%00", "/v/%00", "/v/abc/p/%00", "/ballot/results/%00"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});
