// The search box of the board finder (pure).

/** The longest search text looked at; anything longer is cut, never refused. */
export const MAX_QUERY_LENGTH = 40;

/**
 * What a search box's text becomes before it is searched for: control characters dropped,
 * white space collapsed, at most MAX_QUERY_LENGTH characters. Empty means "no search".
 */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== "string") return "";
  return Array.from(
    raw
      .slice(0, MAX_QUERY_LENGTH * 8)
      .normalize("NFKC")
      .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu, " ")
      .replace(/\s+/g, " ")
      .trim(),
  )
    .slice(0, MAX_QUERY_LENGTH)
    .join("")
    .trim();
}

/** The most villages one search lists. */
export const MAX_HITS = 30;
