import { publicBaseUrl } from "@/lib/env";
import { cachedBoard } from "@/lib/public/cached";
import { BOARD_CACHE_CONTROL, notFoundText, strongEtag } from "@/lib/public/http";
import { boardJson } from "@/lib/public/open-data";

// The board as JSON (open data, README "Open data"): cached and invalidated with the board.
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const board = await cachedBoard(slug);
  if (!board) return notFoundText();
  const body = `${JSON.stringify(boardJson(board, publicBaseUrl()), null, 1)}\n`;
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": BOARD_CACHE_CONTROL,
      ETag: strongEtag(body),
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
