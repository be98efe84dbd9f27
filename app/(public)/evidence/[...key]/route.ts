import { findPublicEvidence, readEvidence } from "@/lib/public/evidence";
import { etagMatches, notFoundText } from "@/lib/public/http";

// Progress photos of published pledges. A stored photo never changes (its key is random and its
// hash is in the pledge's history), so it is cached for good and revalidated by its SHA-256.
export const dynamic = "force-dynamic";

const IMMUTABLE = "public, max-age=31536000, immutable";

export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const storageKey = key.join("/");
  const evidence = await findPublicEvidence(storageKey);
  if (!evidence) return notFoundText();
  const etag = `"${evidence.sha256}"`;
  const headers = { ETag: etag, "Cache-Control": IMMUTABLE, "X-Content-Type-Options": "nosniff" };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const data = await readEvidence(storageKey);
  if (!data) return notFoundText();
  return new Response(new Uint8Array(data), {
    headers: { ...headers, "Content-Type": evidence.mimeType, "Content-Length": String(data.length), "Content-Disposition": "inline" },
  });
}
