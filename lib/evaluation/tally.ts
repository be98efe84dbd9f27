import { RATINGS, sameCounts, type RatingCounts } from "./results";

// A paper tally (纸质计票) from the mass meeting, as typed, checked against the round's pledges:
// pure. A pledge whose four boxes are all left empty was not voted on at the meeting; a pledge
// with some boxes filled needs all four.

export type TallyRow = { pledgeId: string; counts: RatingCounts };

export type TallyCheck =
  | { ok: true; rows: TallyRow[] }
  /** fieldErrors are keyed by the form's own field names: `count:<pledgeId>:<RATING>`. */
  | { ok: false; formError: "NOT_IN_ROUND" | "TALLY_EMPTY" | "TALLY_INCOMPLETE"; fieldErrors: Record<string, string[]> };

const MAX_COUNT = 100_000;
const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

function parseCount(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_COUNT ? n : null;
}

/**
 * `required` lists the pledges that must be counted (the second entry must cover every pledge of
 * the first); others may be left empty.
 */
export function checkTallyCounts(
  counts: Record<string, Record<string, unknown>>,
  roundPledgeIds: readonly string[],
  required: readonly string[] = [],
): TallyCheck {
  const inRound = new Set(roundPledgeIds);
  if (Object.keys(counts).some((pledgeId) => !inRound.has(pledgeId))) return { ok: false, formError: "NOT_IN_ROUND", fieldErrors: {} };
  const mustCount = new Set(required);
  const fieldErrors: Record<string, string[]> = {};
  const rows: TallyRow[] = [];
  for (const pledgeId of roundPledgeIds) {
    const given = counts[pledgeId] ?? {};
    if (RATINGS.every((rating) => blank(given[rating])) && !mustCount.has(pledgeId)) continue;
    const parsed = {} as RatingCounts;
    for (const rating of RATINGS) {
      const value = given[rating];
      const n = blank(value) ? null : parseCount(value);
      if (n === null) fieldErrors[`count:${pledgeId}:${rating}`] = [blank(value) ? "REQUIRED" : "NUMBER"];
      else parsed[rating] = n;
    }
    if (RATINGS.every((rating) => parsed[rating] !== undefined)) rows.push({ pledgeId, counts: parsed });
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, formError: "TALLY_INCOMPLETE", fieldErrors };
  if (rows.length === 0) return { ok: false, formError: "TALLY_EMPTY", fieldErrors: {} };
  return { ok: true, rows };
}

/** Two entries of one tally agree when both the counts and the people at the meeting match. */
export function entriesAgree(first: { counts: RatingCounts; attendees: number }, second: { counts: RatingCounts; attendees: number }): boolean {
  return first.attendees === second.attendees && sameCounts(first.counts, second.counts);
}
