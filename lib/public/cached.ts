import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { getPublicBoard, type PublicBoard } from "./board";
import { ALL_BOARDS_TAG, BOARD_REVALIDATE_SECONDS, DIRECTORY_TAG, boardTag } from "./cache-tags";
import { listPrefectures } from "./directory";
import { getPublicPledge, type PublicPledgePage } from "./pledge";

// The public reads as pages and route handlers use them: from Next's data cache, tagged with the
// board's tag, so the pages that read them are tagged too and invalidated together
// (lib/public/invalidate.ts). One database read per board per change, however many visitors.

/** The board of this slug, cached; null for an unknown slug. */
export const cachedBoard = cache((slug: string): Promise<PublicBoard | null> =>
  unstable_cache(() => getPublicBoard(slug), ["public-board", slug], {
    tags: [boardTag(slug), ALL_BOARDS_TAG],
    revalidate: BOARD_REVALIDATE_SECONDS,
  })(),
);

/** A published pledge of this board, cached with its board; null when there is none. */
export const cachedPledge = cache((slug: string, id: string): Promise<PublicPledgePage | null> =>
  unstable_cache(() => getPublicPledge(slug, id), ["public-pledge", slug, id], {
    tags: [boardTag(slug), ALL_BOARDS_TAG],
    revalidate: BOARD_REVALIDATE_SECONDS,
  })(),
);

/** Prefectures and their counties, for browsing on the landing page. */
export const cachedPrefectures = cache(() =>
  unstable_cache(() => listPrefectures(), ["public-prefectures"], { tags: [DIRECTORY_TAG], revalidate: 3600 })(),
);
