import { resolveShortCode } from "@/lib/qr/queries";
import { normalizeShortCode } from "@/lib/qr/short-code";

/**
 * A short code from a QR code, a poster or a letter: on to its board or published pledge. A code
 * that names nothing goes to the code form, which says so and lets the villager type it again.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const typed = safeDecode(code).slice(0, 40);
  const path = await resolveShortCode(typed);
  const target = path ?? `/b?code=${encodeURIComponent(normalizeShortCode(typed))}`;
  return new Response(null, {
    status: 307,
    headers: { Location: target, "Cache-Control": path ? "public, max-age=300" : "no-store" },
  });
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
