import { isPublicSlug } from "@/lib/public/fields";
import { filterPath, parseFilter } from "@/lib/public/filter";

// The board's filter form (a plain GET form) lands here and is sent on to the filtered view's
// own cacheable path. Unknown or malformed values mean "all"; nothing in a query string can fail.

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isPublicSlug(slug)) return new Response("Not found / 未找到", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const query = new URL(request.url).searchParams;
  const filter = parseFilter(query.get("status"), query.get("pledger"));
  return new Response(null, { status: 303, headers: { Location: filterPath(slug, filter), "Cache-Control": "public, max-age=3600" } });
}
