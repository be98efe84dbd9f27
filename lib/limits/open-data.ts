import { countAttempt, type LimitSpec } from "./rate-limits";

// The boards' JSON and CSV are public and cached, so a reader costs little; the limit stops one
// address from scraping every board in a loop (docs/limits.md).
export const OPEN_DATA_LIMIT = { name: "open-data:address", points: 60, durationSeconds: 60 } satisfies LimitSpec;

const OPEN_DATA_PATH = /^\/v\/[^/]+\/board\.(?:json|csv)$/;

export function isOpenDataPath(pathname: string): boolean {
  return OPEN_DATA_PATH.test(pathname);
}

/** Seconds this address must wait before its next open-data download (0: go ahead). */
export function openDataWait(address: string): Promise<number> {
  return countAttempt(OPEN_DATA_LIMIT, address);
}

export function tooManyOpenDataRequests(waitSeconds: number): Response {
  return new Response(`下载太频繁了，请 ${waitSeconds} 秒后再试。\nToo many downloads: try again in ${waitSeconds} seconds.\n`, {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(waitSeconds), "Cache-Control": "no-store" },
  });
}
