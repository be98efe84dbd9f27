import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCachedPublicPage, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";

describe("which pages come from the full-route cache (and so cannot carry a nonce)", () => {
  it.each(["/v/xiwang-cun", "/v/xiwang-cun/", "/v/xiwang-cun/p/abc", "/v/xiwang-cun/f/OVERDUE/all", "/v/xiwang-cun/print/poster", "/v/xiwang-cun/print/letters/m1"])(
    "%s is cached",
    (path) => expect(isCachedPublicPage(path)).toBe(true),
  );
  it.each(["/", "/sign-in", "/ballot", "/v/xiwang-cun/opinion", "/v/xiwang-cun/board.json", "/village/pledges", "/good-practice"])(
    "%s renders per request",
    (path) => expect(isCachedPublicPage(path)).toBe(false),
  );
});

describe("Content-Security-Policy", () => {
  it("gives pages rendered per request the nonce and strict-dynamic, and no inline scripts", () => {
    const policy = contentSecurityPolicy({ pathname: "/village/pledges", nonce: "abc123", https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });
  it("lets cached boards run Next's inline bootstrap but nothing from elsewhere", () => {
    const policy = contentSecurityPolicy({ pathname: "/v/xiwang-cun", nonce: "abc123", https: true });
    expect(policy).toContain("script-src 'self' 'unsafe-inline';");
    expect(policy).not.toContain("nonce-");
    expect(policy).toContain("upgrade-insecure-requests");
  });
  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ pathname: "/", nonce: "n", https: false, development: true })).toContain("'unsafe-eval'");
  });
});

describe("HSTS", () => {
  it("is sent only over HTTPS", () => {
    expect(securityHeaders({ pathname: "/", nonce: "n", https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders({ pathname: "/", nonce: "n", https: false })["Strict-Transport-Security"]).toBeUndefined();
  });
  it("trusts the reverse proxy's X-Forwarded-Proto over the socket's scheme", () => {
    expect(servedOverHttps(new URL("http://app.local/"), "https")).toBe(true);
    expect(servedOverHttps(new URL("http://app.local/"), "https, http")).toBe(true);
    expect(servedOverHttps(new URL("https://app.local/"), "http")).toBe(false);
    expect(servedOverHttps(new URL("https://app.local/"), null)).toBe(true);
    expect(servedOverHttps(new URL("http://app.local/"), null)).toBe(false);
  });
});
