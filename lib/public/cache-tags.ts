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
 * How long a cached board may be served before it is redrawn even if nothing changed (pages say
 * the same number in their `revalidate`). Changes redraw it at once, by tag; this bounds how far
 * behind the calendar (days left, overdue marks) a board can be, and how long a CDN that honours
 * s-maxage may keep an old copy. A redraw with nothing changed keeps its ETag, so phones still get 304.
 */
export const BOARD_REVALIDATE_SECONDS = 60;
