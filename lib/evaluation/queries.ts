import "server-only";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { isOrganiser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toIsoDay } from "@/lib/format";
import { villageScope } from "@/lib/org/scope";
import { uploadRoot } from "@/lib/pledges/evidence";
import { villageInReach } from "@/lib/village-work/guards";
import { isDefaultChoice, EVALUABLE_STATUSES } from "./eligibility";
import { remainingAllowance } from "./mutations/shared";
import { countsFromJson, RATER_GROUPS, RATINGS, reconcileCodes, type CodeReconciliation, type RaterGroupKey, type RatingCounts } from "./results";
import { loadRoundResults } from "./round-results";
import { roundPhase } from "./round-phase";

// Reads of evaluation rounds for signed-in staff, scoped to the actor's reach: a round or
// village outside it is NOT_FOUND. Codes are never readable: only their counts. The public reads
// are lib/evaluation/ballot.ts (by code) and lib/evaluation/public-results.ts (closed rounds).

const PLEDGE_SUMMARY = {
  id: true, pledgerKind: true, action: true, quantity: true, unit: true, dueOn: true, status: true, assessment: true, version: true,
  member: { select: { name: true } },
  pledgerTownship: { select: { name: true } },
  department: { select: { name: true } },
} as const;

type PledgeSummaryRow = {
  quantity: { toString(): string } | null;
  dueOn: Date;
  member: { name: string } | null;
  pledgerTownship: { name: string } | null;
  department: { name: string } | null;
};

function plainPledge<T extends PledgeSummaryRow>({ member, pledgerTownship, department, ...pledge }: T) {
  return {
    ...pledge,
    quantity: pledge.quantity === null ? null : pledge.quantity.toString(),
    dueOn: toIsoDay(pledge.dueOn),
    /** The member's, township's or department's name; null for the branch. */
    pledgerName: member?.name ?? pledgerTownship?.name ?? department?.name ?? null,
  };
}

async function codeCounts(roundIds: string[]) {
  const rows = await db.ballotCode.groupBy({ by: ["roundId", "status"], where: { roundId: { in: roundIds } }, _count: { _all: true } });
  return (roundId: string) => reconcileCodes(rows.filter((row) => row.roundId === roundId).map((row) => ({ status: row.status, count: row._count._all })));
}

/** The village's rounds, newest first, with where each stands and its codes reconciled. */
export async function listRounds(actor: Actor, villageId: string) {
  await villageInReach(actor, villageId);
  const rounds = await db.evaluationRound.findMany({
    where: { villageId },
    orderBy: [{ opensAt: "desc" }, { id: "desc" }],
    select: {
      id: true, status: true, opensAt: true, closesAt: true, closedAt: true, groups: true, createdAt: true,
      _count: { select: { pledges: true, ballots: true } },
    },
  });
  const codes = await codeCounts(rounds.map((round) => round.id));
  const now = new Date();
  return rounds.map(({ _count, ...round }) => ({ ...round, phase: roundPhase(round, now), pledgeCount: _count.pledges, ballotCount: _count.ballots, codes: codes(round.id) }));
}

/**
 * The pledges a new round of the village could evaluate (on the board, not withdrawn, current
 * campaign), by due day, each with whether the form ticks it by default (due day passed, not yet
 * evaluated in a closed round), and the village's round that is still open, if any.
 */
export async function listEvaluablePledges(actor: Actor, villageId: string) {
  const village = await villageInReach(actor, villageId);
  const [pledges, unclosed] = await Promise.all([
    db.pledge.findMany({
      where: { villageId: village.id, campaign: { isCurrent: true }, status: { in: [...EVALUABLE_STATUSES] } },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      select: { ...PLEDGE_SUMMARY, roundPledges: { where: { round: { status: "CLOSED" } }, select: { roundId: true }, take: 1 } },
    }),
    db.evaluationRound.findFirst({ where: { villageId: village.id, status: { not: "CLOSED" } }, select: { id: true } }),
  ]);
  const today = new Date();
  return {
    unclosedRoundId: unclosed?.id ?? null,
    pledges: pledges.map(({ roundPledges, ...pledge }) => {
      const evaluatedBefore = roundPledges.length > 0;
      return { ...plainPledge(pledge), evaluatedBefore, defaultChoice: isDefaultChoice({ ...pledge, evaluatedBefore }, today) };
    }),
  };
}

/** Which parts of two tally entries differ (names only, never the numbers). */
function differingFields(first: RatingCounts, firstAttendees: number, second: RatingCounts | null, secondAttendees: number | null): string[] {
  if (!second) return [];
  return [...(firstAttendees !== secondAttendees ? ["attendees"] : []), ...RATINGS.filter((rating) => first[rating] !== second[rating])];
}

/**
 * One round in the actor's reach: its pledges, its batches and codes reconciled (issued = used +
 * unused + void), how many ballots each group cast by which channel, the paper tallies' state,
 * and what each group may still be given. Ratings are not shown while the round runs, to anyone
 * (early numbers invite canvassing): `results` and the villagers' `comments` (staff only, never
 * public) come once the round is closed. Neither are a tally's numbers: the second person must
 * count from the sheet, not copy the first; a disputed tally says which numbers differ.
 */
export async function getRound(actor: Actor, roundId: string) {
  const round = await db.evaluationRound.findFirst({
    where: { id: roundId, village: villageScope(actor) },
    select: {
      id: true, villageId: true, status: true, opensAt: true, closesAt: true, closedAt: true, groups: true, version: true, createdAt: true,
      village: { select: { id: true, name: true, branchName: true, slug: true, households: true, townshipId: true } },
      pledges: { select: { pledge: { select: PLEDGE_SUMMARY } }, orderBy: { pledge: { dueOn: "asc" } } },
      batches: {
        orderBy: { createdAt: "asc" },
        select: { id: true, group: true, count: true, createdAt: true, voidedAt: true, voidReason: true },
      },
      tallies: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, pledgeId: true, group: true, attendees: true, firstCounts: true, secondCounts: true, secondAttendees: true,
          status: true, photoKey: true, updatedAt: true,
        },
      },
    },
  });
  if (!round) throw new AppError("NOT_FOUND");
  const closed = round.status === "CLOSED";
  const [byBatch, ballots, results, comments, allowances, activeMembers] = await Promise.all([
    db.ballotCode.groupBy({ by: ["batchId", "status"], where: { roundId: round.id }, _count: { _all: true } }),
    db.ballot.groupBy({ by: ["group", "channel"], where: { roundId: round.id }, _count: { _all: true } }),
    closed ? loadRoundResults([round.id]).then((all) => all.get(round.id)!) : null,
    closed
      ? db.vote.findMany({
          where: { ballot: { roundId: round.id }, comment: { not: null } },
          // By pledge and text, never by time: the order must not tell when a ballot was cast.
          orderBy: [{ pledgeId: "asc" }, { comment: "asc" }],
          select: { pledgeId: true, rating: true, comment: true },
          take: 500,
        })
      : [],
    Promise.all(RATER_GROUPS.map(async (group) => [group, await remainingAllowance(db, round, group)] as const)),
    db.member.count({ where: { villageId: round.villageId, isActive: true } }),
  ]);
  const codeRows = (test: (row: (typeof byBatch)[number]) => boolean) =>
    reconcileCodes(byBatch.filter(test).map((row) => ({ status: row.status, count: row._count._all })));
  const groupOf = (batchId: string) => round.batches.find((batch) => batch.id === batchId)?.group;
  return {
    ...round,
    phase: roundPhase(round, new Date()),
    activeMembers,
    pledges: round.pledges.map(({ pledge }) => ({ ...plainPledge(pledge), result: results?.get(pledge.id) ?? null })),
    batches: round.batches.map((batch) => ({ ...batch, codes: codeRows((row) => row.batchId === batch.id) })),
    codes: codeRows(() => true),
    codesByGroup: Object.fromEntries(RATER_GROUPS.map((group) => [group, codeRows((row) => groupOf(row.batchId) === group)])) as Record<
      RaterGroupKey,
      CodeReconciliation
    >,
    /** Ballots cast so far, by group and channel: turnout, not ratings. */
    ballots: ballots.map((row) => ({ group: row.group, channel: row.channel, count: row._count._all })),
    allowance: Object.fromEntries(allowances.map(([group, { cap, used }]) => [group, { cap, used, left: Math.max(0, cap - used) }])) as Record<
      RaterGroupKey,
      { cap: number; used: number; left: number }
    >,
    tallies: round.tallies.map((tally) => {
      const first = countsFromJson(tally.firstCounts);
      const second = tally.secondCounts === null ? null : countsFromJson(tally.secondCounts);
      return {
        id: tally.id,
        pledgeId: tally.pledgeId,
        group: tally.group,
        status: tally.status,
        updatedAt: tally.updatedAt,
        hasPhoto: tally.photoKey !== null,
        differs: tally.status === "DISPUTED" ? differingFields(first, tally.attendees, second, tally.secondAttendees) : [],
        /** The agreed numbers, once the round is closed and only if both entries agreed. */
        confirmed: closed && tally.status === "CONFIRMED" ? { attendees: tally.attendees, counts: first } : null,
      };
    }),
    comments,
  };
}

/**
 * Rounds with paper tallies waiting for their second entry or disputed, oldest first: the
 * township officer's township; organisers see their whole reach. Nobody else enters them.
 */
export async function listTallyQueue(actor: Actor) {
  if (actor.role !== "TOWNSHIP_OFFICER" && !isOrganiser(actor)) return [];
  const rounds = await db.evaluationRound.findMany({
    where: { status: { not: "CLOSED" }, village: villageScope(actor), tallies: { some: { status: { in: ["AWAITING_SECOND_ENTRY", "DISPUTED"] } } } },
    orderBy: [{ closesAt: "asc" }, { id: "asc" }],
    select: {
      id: true, opensAt: true, closesAt: true,
      village: { select: { id: true, name: true } },
      tallies: { where: { status: { in: ["AWAITING_SECOND_ENTRY", "DISPUTED"] } }, select: { status: true } },
    },
  });
  return rounds.map(({ tallies, ...round }) => ({
    ...round,
    awaiting: tallies.filter((tally) => tally.status === "AWAITING_SECOND_ENTRY").length,
    disputed: tallies.filter((tally) => tally.status === "DISPUTED").length,
  }));
}

/**
 * The sheet for the second entry of a round's paper tally: the pledges whose tally waits for it
 * or is disputed, the photo of the tally sheet, and nothing of the first entry's numbers (the
 * second person counts from the photo and the sheet, not from the first person's result).
 */
export async function getSecondEntrySheet(actor: Actor, roundId: string) {
  const round = await db.evaluationRound.findFirst({
    where: { id: roundId, village: villageScope(actor) },
    select: {
      id: true, status: true, opensAt: true, closesAt: true, villageId: true,
      village: { select: { name: true, townshipId: true } },
      tallies: {
        where: { group: "VILLAGER" },
        orderBy: { createdAt: "asc" },
        select: { id: true, pledgeId: true, status: true, photoKey: true, secondById: true, pledge: { select: PLEDGE_SUMMARY } },
      },
    },
  });
  if (!round) throw new AppError("NOT_FOUND");
  const photoTally = round.tallies.find((tally) => tally.photoKey);
  return {
    id: round.id,
    villageId: round.villageId,
    village: round.village,
    phase: roundPhase(round, new Date()),
    photoTallyId: photoTally?.id ?? null,
    tallies: round.tallies.map(({ photoKey: _photo, pledge, ...tally }) => ({ ...tally, pledge: plainPledge(pledge) })),
  };
}

const PHOTO_TYPES: Record<string, string> = { ".jpg": "image/jpeg", ".webp": "image/webp" };

/** Where the photo of a tally sheet is stored, for a tally in the actor's reach. */
export async function getTallyPhoto(actor: Actor, tallyId: string) {
  const tally = await db.paperTally.findFirst({ where: { id: tallyId, round: { village: villageScope(actor) } }, select: { id: true, photoKey: true } });
  if (!tally?.photoKey || !/^[a-f0-9]{2}\/[a-f0-9]{32}\.(jpg|webp)$/.test(tally.photoKey)) throw new AppError("NOT_FOUND");
  return { id: tally.id, file: path.join(uploadRoot(), tally.photoKey), mimeType: PHOTO_TYPES[path.extname(tally.photoKey)]! };
}
