import "server-only";
import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { ALL_BOARDS_TAG, DIRECTORY_TAG, boardTag } from "./cache-tags";
import { notifyAllBoardsChanged, notifyBoardChanged } from "./front-cache-link";

// Invalidation of the cached public pages, for server actions (and route handlers) to call after
// a write that changes what a board shows. Not for the data layer: revalidateTag needs a request.
// Expiring at once (expire: 0) means the next visitor waits for a fresh board instead of being
// shown the old one: a publish is on the board with the next request.

const NOW = { expire: 0 } as const;

/** Which board changed: a village (by id or slug), or the village of a pledge. */
export type BoardRef = string | { villageId: string } | { slug: string } | { pledgeId: string };

async function slugOf(ref: BoardRef): Promise<string | null> {
  if (typeof ref === "string") {
    const village = await db.village.findFirst({ where: { OR: [{ id: ref }, { slug: ref }] }, select: { slug: true } });
    return village?.slug ?? null;
  }
  if ("slug" in ref) return ref.slug;
  if ("villageId" in ref) {
    return (await db.village.findUnique({ where: { id: ref.villageId }, select: { slug: true } }))?.slug ?? null;
  }
  return (await db.pledge.findUnique({ where: { id: ref.pledgeId }, select: { village: { select: { slug: true } } } }))?.village.slug ?? null;
}

/**
 * The board of this village (its page, pledge pages, filtered views, JSON and CSV) is redrawn on
 * the next request. Call it after the write has committed. Never throws: a failed invalidation
 * is logged and the board catches up within BOARD_REVALIDATE_SECONDS.
 */
export async function boardChanged(ref: BoardRef): Promise<void> {
  try {
    const slug = await slugOf(ref);
    if (!slug) return;
    revalidateTag(boardTag(slug), NOW);
    notifyBoardChanged(slug);
  } catch (error) {
    logFailure(error);
  }
}

/** Every board and the place directory: for renamed townships, departments and counties. */
export function allBoardsChanged(): void {
  try {
    revalidateTag(ALL_BOARDS_TAG, NOW);
    revalidateTag(DIRECTORY_TAG, NOW);
    notifyAllBoardsChanged();
  } catch (error) {
    logFailure(error);
  }
}

/** The place directory on the landing page (a village added or renamed). */
export function directoryChanged(): void {
  try {
    revalidateTag(DIRECTORY_TAG, NOW);
  } catch (error) {
    logFailure(error);
  }
}

function logFailure(error: unknown) {
  console.error(JSON.stringify({ level: "warn", message: "board invalidation failed", error: error instanceof Error ? error.message : String(error) }));
}
