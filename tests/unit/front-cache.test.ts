import { describe, expect, it } from "vitest";
import { frontCacheable } from "@/server/front";
import { FrontCache, sharedFreshness, slugOfPath, type FrontEntry } from "@/server/front-cache";

const entry = (bytes: number, expiresAt = Number.POSITIVE_INFINITY, staleUntil = expiresAt): FrontEntry => ({
  headers: [["content-type", "text/html"]],
  etag: '"e"',
  gzip: Buffer.alloc(bytes),
  expiresAt,
  staleUntil,
});

describe("front cache store", () => {
  it("keeps an answer until the board it belongs to changes, and only that board's", () => {
    const cache = new FrontCache(1024 * 1024);
    cache.set("http /v/a", "/v/a", cache.generation("/v/a"), entry(100));
    cache.set("http /v/a/p/1", "/v/a/p/1", cache.generation("/v/a/p/1"), entry(100));
    cache.set("http /v/b", "/v/b", cache.generation("/v/b"), entry(100));
    cache.boardChanged("a");
    expect(cache.get("http /v/a")).toBeUndefined();
    expect(cache.get("http /v/a/p/1")).toBeUndefined();
    expect(cache.get("http /v/b")).toBeDefined();
    cache.allBoardsChanged();
    expect(cache.get("http /v/b")).toBeUndefined();
    expect(cache.usedBytes).toBe(0);
  });

  it("refuses an answer fetched before its board changed, so a publish is never hidden by an old copy", () => {
    const cache = new FrontCache(1024 * 1024);
    const before = cache.generation("/v/a");
    const otherBoard = cache.generation("/v/b");
    cache.boardChanged("a");
    expect(cache.set("http /v/a", "/v/a", before, entry(100))).toBe(false);
    expect(cache.get("http /v/a")).toBeUndefined();
    // Another board's fill is unaffected by a's change, but not by a change of every board.
    expect(cache.set("http /v/b", "/v/b", otherBoard, entry(100))).toBe(true);
    const beforeAll = cache.generation("/v/b");
    cache.allBoardsChanged();
    expect(cache.set("http /v/b", "/v/b", beforeAll, entry(100))).toBe(false);
  });

  it("serves an answer past its s-maxage as stale (to be refreshed) and drops it when stale-while-revalidate has passed too", () => {
    let now = 1_000;
    const cache = new FrontCache(1024 * 1024, () => now);
    cache.set("http /v/a", "/v/a", cache.generation("/v/a"), entry(100, 61_000, 661_000));
    now = 60_999;
    expect(cache.get("http /v/a")?.stale).toBe(false);
    now = 61_000;
    expect(cache.get("http /v/a")?.stale).toBe(true);
    now = 661_000;
    expect(cache.get("http /v/a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("stays within its byte budget by letting the least recently read answers go", () => {
    const cache = new FrontCache(10_000);
    for (const n of [1, 2, 3, 4]) cache.set(`k${n}`, `/v/s${n}`, cache.generation(`/v/s${n}`), entry(1_000));
    cache.get("k1");
    for (const n of [5, 6, 7, 8, 9, 10]) cache.set(`k${n}`, `/v/s${n}`, cache.generation(`/v/s${n}`), entry(1_000));
    expect(cache.usedBytes).toBeLessThanOrEqual(10_000);
    expect(cache.get("k1")).toBeDefined();
    expect(cache.get("k2")).toBeUndefined();
    expect(cache.get("k10")).toBeDefined();
  });
});

describe("what the front may answer", () => {
  it("answers plain reads of boards, pledge pages, print sheets and open data", () => {
    for (const url of ["/v/a", "/v/a/p/x1", "/v/a/f/OVERDUE/all", "/v/a/print/poster", "/v/a/board.json", "/v/a/board.csv"]) {
      expect(frontCacheable("GET", url, {}), url).toBe(true);
    }
    expect(frontCacheable("HEAD", "/v/a", {})).toBe(true);
  });

  it("leaves to Next: writes, other pages, query strings, React's payload requests and its own fills", () => {
    expect(frontCacheable("POST", "/v/a", {})).toBe(false);
    expect(frontCacheable("GET", "/v/a/opinion", {})).toBe(false);
    expect(frontCacheable("GET", "/ballot", {})).toBe(false);
    expect(frontCacheable("GET", "/v/a?x=1", {})).toBe(false);
    expect(frontCacheable("GET", "/v/a%00", {})).toBe(false);
    expect(frontCacheable("GET", "/v/a", { rsc: "1" })).toBe(false);
    expect(frontCacheable("GET", "/v/a", { "next-router-prefetch": "1" })).toBe(false);
    expect(frontCacheable("GET", "/v/a", { "x-pledgeboard-front-fill": "t" })).toBe(false);
  });

  it("keeps only what a shared cache may keep", () => {
    expect(sharedFreshness("public, max-age=0, must-revalidate, s-maxage=60, stale-while-revalidate=600")).toEqual({ maxAge: 60, staleSeconds: 600 });
    // Next's pages allow a year of staleness; an old copy is served for an hour at most.
    expect(sharedFreshness("s-maxage=60, stale-while-revalidate=31535940")).toEqual({ maxAge: 60, staleSeconds: 3600 });
    expect(sharedFreshness("s-maxage=60")).toEqual({ maxAge: 60, staleSeconds: 0 });
    expect(sharedFreshness("private, no-cache, no-store, max-age=0, must-revalidate")).toBeNull();
    expect(sharedFreshness("public, max-age=60")).toBeNull();
    expect(sharedFreshness("s-maxage=0")).toBeNull();
    expect(sharedFreshness(null)).toBeNull();
    expect(slugOfPath("/v/da-shu/p/1")).toBe("da-shu");
  });
});
