// Cache tags of the public pages (pure, importable anywhere). Every cached public read of a board
// carries its board's tag and the tag of all boards; invalidating either redraws it.

/** Every board at once: a renamed township, department or county appears on many boards. */
export const ALL_BOARDS_TAG = "boards";

/** The place directory on the landing page. */
export const DIRECTORY_TAG = "public-directory";

export function boardTag(slug: string): string {
  return `board:${slug}`;
}

/**
 * How long a cached board may be served before it is redrawn even if nothing changed: days left
 * and the overdue marks move on at midnight, so a board is never more than this many seconds
 * behind the calendar.
 */
export const BOARD_REVALIDATE_SECONDS = 600;
