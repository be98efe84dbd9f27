import { demoBoardPath, expect, test } from "./fixtures";

// The production server answers the public boards from its front cache (server/front.ts): the
// same bytes and headers Next drew, validators that give phones a 304, plain text for a client
// that cannot unzip, and never a cookie. That a publish is on the board at the next look, through
// this cache, is board.spec.ts's journey.

test.skip(({ isMobile }) => isMobile, "the answers do not depend on the screen");

test("a board asked for again comes from the front cache: same page, same validator, 304 when unchanged", async ({ request }) => {
  const boardPath = await demoBoardPath(request);
  const first = await request.get(boardPath);
  expect(first.status()).toBe(200);
  const again = await request.get(boardPath);
  expect(again.headers()["x-front-cache"]).toBe("hit");
  expect(again.headers()["set-cookie"]).toBeUndefined();
  expect(again.headers()["content-type"]).toContain("text/html");
  expect(again.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  expect(again.headers()["x-content-type-options"]).toBe("nosniff");
  expect(again.headers()["strict-transport-security"]).toBeUndefined();
  expect(await again.text()).toBe(await first.text());
  const etag = again.headers()["etag"]!;
  expect(etag).toBeTruthy();

  const unchanged = await request.get(boardPath, { headers: { "if-none-match": etag } });
  expect(unchanged.status()).toBe(304);
  expect(await unchanged.body()).toHaveLength(0);

  // A client that cannot unzip gets the page as text; a HEAD gets the headers alone.
  const plain = await request.get(boardPath, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toContain("希望村");
  const head = await request.head(boardPath);
  expect(head.status()).toBe(200);
  expect(await head.body()).toHaveLength(0);
});

test("over HTTPS the cached board carries HSTS; React's own requests and unknown boards are Next's to answer", async ({ request }) => {
  const boardPath = await demoBoardPath(request);
  await request.get(boardPath, { headers: { "x-forwarded-proto": "https" } });
  const secure = await request.get(boardPath, { headers: { "x-forwarded-proto": "https" } });
  expect(secure.headers()["x-front-cache"]).toBe("hit");
  expect(secure.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
  expect(secure.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");

  const payload = await request.get(boardPath, { headers: { rsc: "1" } });
  expect(payload.headers()["x-front-cache"]).toBeUndefined();
  expect(payload.headers()["content-type"]).toContain("text/x-component");

  for (let i = 0; i < 2; i += 1) {
    const unknown = await request.get("/v/no-such-village-here");
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()["x-front-cache"]).toBeUndefined();
  }
});
