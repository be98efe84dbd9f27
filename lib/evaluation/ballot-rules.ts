import { RATINGS, type RatingKey } from "./results";
import { COMMENT_MAX } from "./schemas";

// What makes a set of ratings a whole ballot, checked against the round's pledges: pure, so the
// villager's ballot and the members' ballots recorded by the secretary follow the same rules.

export type CheckedVote = { pledgeId: string; rating: RatingKey; comment: string | null };

export type RatingCheck =
  | { ok: true; votes: CheckedVote[] }
  /** fieldErrors are keyed by the form's own field names: `rating:<pledgeId>`, `comment:<pledgeId>`. */
  | { ok: false; formError: "NOT_IN_ROUND" | "BALLOT_INCOMPLETE"; fieldErrors: Record<string, string[]> };

const isRating = (value: unknown): value is RatingKey => typeof value === "string" && (RATINGS as readonly string[]).includes(value);

/**
 * Every pledge of the round needs one of the four options (不了解 is an answer); a comment is
 * optional and at most COMMENT_MAX characters. A rating or comment for a pledge outside the
 * round spoils the whole ballot (NOT_IN_ROUND): the form never offers one, so it was tampered with.
 */
export function checkRatings(ratings: Record<string, unknown>, comments: Record<string, unknown>, roundPledgeIds: readonly string[]): RatingCheck {
  const inRound = new Set(roundPledgeIds);
  if ([...Object.keys(ratings), ...Object.keys(comments)].some((pledgeId) => !inRound.has(pledgeId))) {
    return { ok: false, formError: "NOT_IN_ROUND", fieldErrors: {} };
  }
  const fieldErrors: Record<string, string[]> = {};
  const votes: CheckedVote[] = [];
  for (const pledgeId of roundPledgeIds) {
    const rating = ratings[pledgeId];
    const raw = comments[pledgeId];
    const comment = typeof raw === "string" ? raw.trim() : "";
    if (!isRating(rating)) fieldErrors[`rating:${pledgeId}`] = ["RATING_REQUIRED"];
    if ([...comment].length > COMMENT_MAX) fieldErrors[`comment:${pledgeId}`] = ["COMMENT_TOO_LONG"];
    if (isRating(rating)) votes.push({ pledgeId, rating, comment: comment || null });
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, formError: "BALLOT_INCOMPLETE", fieldErrors };
  return { ok: true, votes };
}
