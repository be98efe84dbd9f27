import { z } from "zod";
import { Assessment, RaterGroup, Rating } from "@/lib/generated/prisma/enums";
import { ZId, ZVersion } from "@/lib/schemas";

// Inputs of the evaluation data layer, shared by the forms and the actions. Messages are codes;
// the forms translate them (messages: evaluation.errors, ballot.errors).

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const ZOptionalId = z.preprocess(blankToUndefined, ZId.optional());
const asArray = (value: unknown) => (Array.isArray(value) ? value : value === undefined || value === null || value === "" ? [] : [value]);

/** The most codes one batch may hold (a sheet of 12 slips a page: 84 pages). */
export const MAX_BATCH = 1000;
/** A villager's comment on one pledge. */
export const COMMENT_MAX = 500;
/** The longest a round may stay open, in days. */
export const MAX_ROUND_DAYS = 60;

/**
 * A moment typed in an <input type="datetime-local"> ("2026-11-25T09:00"), read as China time;
 * a full ISO instant is accepted too.
 */
export const ZLocalDateTime = z.preprocess(
  // Parsed once by the action and again by the data layer: an instant already read passes as itself.
  // An invalid Date has no ISO form (toISOString throws): it goes on as itself and fails as DATE.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : blankToUndefined(value)),
  z
    .string({ error: (issue) => (issue.input === undefined ? "REQUIRED" : "DATE") })
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) || !Number.isNaN(Date.parse(value)), { message: "DATE" })
    .transform((value) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) ? new Date(`${value.length === 16 ? `${value}:00` : value}+08:00`) : new Date(value)))
    .refine((date) => !Number.isNaN(date.getTime()), { message: "DATE" }),
);

export const ZOpenRoundInput = z
  .object({
    /** Made by the client, so a retried submit opens one round. */
    id: ZOptionalId,
    villageId: ZId,
    pledgeIds: z.preprocess(asArray, z.array(ZId).min(1, { message: "PLEDGES_REQUIRED" }).max(200)),
    opensAt: ZLocalDateTime,
    closesAt: ZLocalDateTime,
    groups: z.preprocess(asArray, z.array(z.enum(RaterGroup)).min(1, { message: "GROUPS_REQUIRED" })),
  })
  .superRefine((input, ctx) => {
    // Object checks run even when a field failed: a date that did not parse is still its string here.
    if (!(input.opensAt instanceof Date) || !(input.closesAt instanceof Date)) return;
    if (input.closesAt <= input.opensAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "CLOSES_BEFORE_OPENS" });
    else if (input.closesAt.getTime() - input.opensAt.getTime() > MAX_ROUND_DAYS * 86_400_000) {
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "ROUND_TOO_LONG" });
    }
  });

export const ZCloseRoundInput = z.object({ id: ZId, version: ZVersion, confirm: z.literal("yes", { message: "REQUIRED" }) });

export const ZGenerateCodesInput = z.object({
  roundId: ZId,
  group: z.enum(RaterGroup, { message: "REQUIRED" }),
  count: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : blankToUndefined(value)),
    z
      .number({ error: (issue) => (issue.input === undefined ? "REQUIRED" : "NUMBER") })
      .int({ message: "NUMBER" })
      .min(1, { message: "NUMBER" })
      .max(MAX_BATCH, { message: "BATCH_TOO_LARGE" }),
  ),
});

export const ZVoidBatchInput = z.object({
  id: ZId,
  reason: z.string().trim().min(1, { message: "REQUIRED" }).max(200, { message: "TOO_LONG" }),
  confirm: z.literal("yes", { message: "REQUIRED" }),
});

/** The four options as form values. */
export const ZRating = z.enum(Rating, { message: "RATING_REQUIRED" });

/**
 * A ballot's ratings and comments as the form posts them: `rating:<pledgeId>` and
 * `comment:<pledgeId>`, gathered into two maps. Whether every pledge of the round is rated, and
 * none outside it, is checked against the round (lib/evaluation/ballot-rules.ts).
 */
export function gatherRatings(raw: Record<string, unknown>) {
  const ratings: Record<string, unknown> = {};
  const comments: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("rating:")) ratings[key.slice(7)] = value;
    else if (key.startsWith("comment:")) comments[key.slice(8)] = value;
  }
  return { ratings, comments };
}

const ZRatingsAndComments = z.object({
  ratings: z.record(z.string(), z.unknown()),
  comments: z.record(z.string(), z.unknown()),
});

/** A villager's ballot: the code as typed (normalised by the data layer) and the form's fields. */
export const ZBallotInput = z.preprocess(
  (raw) => (raw && typeof raw === "object" && !("ratings" in raw) ? { ...raw, ...gatherRatings(raw as Record<string, unknown>) } : raw),
  ZRatingsAndComments.extend({
    /** As typed: spaces, dashes and lower case are fine (normalised by the data layer). */
    code: z.string().max(200, { message: "CODE_MALFORMED" }).default(""),
  }),
);

/** Members' votes recorded by the secretary at the branch meeting: one ballot per member. */
export const ZMemberBallotInput = z.preprocess(
  (raw) => (raw && typeof raw === "object" && !("ratings" in raw) ? { ...raw, ...gatherRatings(raw as Record<string, unknown>) } : raw),
  ZRatingsAndComments.extend({
    /** Made by the client, so a retried submit records the member once. */
    id: ZOptionalId,
    roundId: ZId,
  }),
);

/** A count typed in a tally form: a whole number from 0. */
const ZCount = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : blankToUndefined(value)),
  z
    .number({ error: (issue) => (issue.input === undefined ? "REQUIRED" : "NUMBER") })
    .int({ message: "NUMBER" })
    .min(0, { message: "NUMBER" })
    .max(100_000, { message: "NUMBER" }),
);

/**
 * A paper tally as the form posts it: the people at the meeting, and for each pledge of the
 * round its four counts `count:<pledgeId>:<RATING>`. Checked against the round by the data layer.
 */
export function gatherCounts(raw: Record<string, unknown>) {
  // Gathered in a Map: a posted pledge id of "__proto__" must not reach Object.prototype.
  const counts = new Map<string, Record<string, unknown>>();
  for (const [key, value] of Object.entries(raw)) {
    const match = /^count:([^:]+):([A-Z_]+)$/.exec(key);
    if (!match) continue;
    const pledge = counts.get(match[1]!) ?? {};
    pledge[match[2]!] = value;
    counts.set(match[1]!, pledge);
  }
  return Object.fromEntries(counts);
}

/** Counts per pledge and option as typed; checked against the round by lib/evaluation/tally.ts. */
const ZTallyCounts = z.record(z.string(), z.record(z.string(), z.unknown()));

const withCounts = (raw: unknown) =>
  raw && typeof raw === "object" && !("counts" in raw) ? { ...raw, counts: gatherCounts(raw as Record<string, unknown>) } : raw;

export const ZFirstTallyInput = z.preprocess(
  withCounts,
  z.object({
    roundId: ZId,
    attendees: ZCount,
    counts: ZTallyCounts,
    /** The photo of the tally sheet; required with the first entry (checked by content on the server). */
    photo: z.preprocess((value) => (value instanceof Blob && value.size === 0 ? undefined : value), z.instanceof(Blob, { message: "PHOTO_REQUIRED" }).optional()),
  }),
);

export const ZSecondTallyInput = z.preprocess(
  withCounts,
  z.object({ roundId: ZId, attendees: ZCount, counts: ZTallyCounts }),
);

export const ZAssessPledgeInput = z.object({
  roundId: ZId,
  pledgeId: ZId,
  version: ZVersion,
  assessment: z.enum(Assessment, { message: "REQUIRED" }),
});

export type TOpenRoundInput = z.infer<typeof ZOpenRoundInput>;
export type TBallotInput = z.infer<typeof ZBallotInput>;
export type TFirstTallyInput = z.infer<typeof ZFirstTallyInput>;
