import { createHash } from "node:crypto";

// HTTP answers for QR images: cacheable for a day by phones and proxies (a code never changes
// for a board or a published pledge), revalidated cheaply by a strong ETag.

const SVG_CACHE = "public, max-age=86400, stale-while-revalidate=604800";
const MISSING_CACHE = "public, max-age=60";

function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value === etag || value === `W/${etag}`;
  });
}

/** An SVG image, or 304 when the client already holds this exact one. */
export function svgResponse(request: Request, svg: string): Response {
  const etag = etagOf(svg);
  const headers = { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": SVG_CACHE, ETag: etag, "X-Content-Type-Options": "nosniff" };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(svg, { headers });
}

/** No such board or published pledge: a plain 404, cached briefly. */
export function missingImageResponse(): Response {
  return new Response("Not found / 未找到", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": MISSING_CACHE } });
}
