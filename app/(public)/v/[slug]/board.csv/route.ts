import { publicBaseUrl } from "@/lib/env";
import { cachedBoard } from "@/lib/public/cached";
import { BOARD_CACHE_CONTROL, notFoundText, strongEtag } from "@/lib/public/http";
import { boardCsv } from "@/lib/public/open-data";

// The board's pledges as CSV (open data, README "Open data"): cached and invalidated with the board.
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
  const body = boardCsv(board, publicBaseUrl());
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `inline; filename="board-${slug}.csv"`,
      "Cache-Control": BOARD_CACHE_CONTROL,
      ETag: strongEtag(body),
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
