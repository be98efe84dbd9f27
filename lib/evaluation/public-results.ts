import "server-only";
import { db } from "@/lib/db";
import type { Assessment } from "@/lib/generated/prisma/enums";
import { loadRoundResults } from "./round-results";
import type { AnomalyFlag, ChannelKey, RaterGroupKey, RatingCounts } from "./results";

// The public read of evaluation results, for the village board and pledge pages. Results exist
// for the public only once their round has closed (then they are published); an open round
// shows nothing, so early numbers cannot steer the rest of the voting. Nothing here identifies
// a voter: counts only, no comments, no addresses, no codes.

/**
 * One pledge's published evaluation. The shape is a contract with the board pages: fields may be
 * added, never renamed or removed.
 *
 * ```ts
 * {
 *   pledgeId: string;
 *   roundId: string;            // the latest closed round the pledge was in
 *   closedAt: string;           // ISO instant the round closed (results published)
 *   total: RatingCounts;        // { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, UNKNOWN }: all counted votes
 *   byChannel: { CODE, SECRETARY, PAPER: RatingCounts };  // online by code · recorded at the branch meeting · confirmed paper tallies
 *   byGroup: { VILLAGER, MEMBER, TOWNSHIP: RatingCounts };
 *   votes: number;              // all counted votes, 不了解 included
 *   rated: number;              // counted votes minus 不了解
 *   satisfactionRate: number | null;  // (满意 + 基本满意) ÷ rated, 0..1; null when nobody rated
 *   villagerVotes: number;      // villagers' counted votes on this pledge
 *   households: number;         // the village's households
 *   turnout: number | null;     // villagerVotes ÷ households (may exceed 1: then flagged)
 *   paperDisputed: number;      // paper tallies held back because the two entries differ
 *   paperAwaiting: number;      // paper tallies still waiting for the second entry
 *   flags: AnomalyFlag[];       // "ALL_SATISFIED" | "TURNOUT_ABOVE_HOUSEHOLDS" | "BURST_FROM_ONE_ADDRESS" | "PAPER_ABOVE_ATTENDEES"
 *   assessment: "FULFILLED" | "PARTLY_FULFILLED" | "NOT_FULFILLED" | null;  // the branch's final word, beside the villagers'
 * }
 * ```
 */
export type PublishedPledgeResult = {
  pledgeId: string;
  roundId: string;
  closedAt: string;
  total: RatingCounts;
  byChannel: Record<ChannelKey, RatingCounts>;
  byGroup: Record<RaterGroupKey, RatingCounts>;
  votes: number;
  rated: number;
  satisfactionRate: number | null;
  villagerVotes: number;
  households: number;
  turnout: number | null;
  paperDisputed: number;
  paperAwaiting: number;
  flags: AnomalyFlag[];
  assessment: Assessment | null;
};

export type { AnomalyFlag, ChannelKey, RaterGroupKey, RatingCounts };

/**
 * The published results of the given pledges, keyed by pledge id. A pledge that was never in a
 * closed round is absent from the map. When a pledge was evaluated in several closed rounds, the
 * latest one answers. No account needed: everything returned is public.
 */
export async function publishedResultsForPledges(pledgeIds: string[]): Promise<Map<string, PublishedPledgeResult>> {
  const out = new Map<string, PublishedPledgeResult>();
  const ids = [...new Set(pledgeIds)].filter((id) => typeof id === "string" && id.length > 0 && id.length <= 64);
  if (ids.length === 0) return out;
  const links = await db.evaluationRoundPledge.findMany({
    where: { pledgeId: { in: ids }, round: { status: "CLOSED", closedAt: { not: null } } },
    select: { pledgeId: true, roundId: true, round: { select: { closedAt: true } }, pledge: { select: { assessment: true } } },
  });
  const latest = new Map<string, (typeof links)[number]>();
  for (const link of links) {
    const known = latest.get(link.pledgeId);
    if (!known || link.round.closedAt! > known.round.closedAt!) latest.set(link.pledgeId, link);
  }
  const results = await loadRoundResults([...new Set([...latest.values()].map((link) => link.roundId))]);
  for (const [pledgeId, link] of latest) {
    const result = results.get(link.roundId)?.get(pledgeId);
    if (!result) continue;
    out.set(pledgeId, { ...result, roundId: link.roundId, closedAt: link.round.closedAt!.toISOString(), assessment: link.pledge.assessment });
  }
  return out;
}

/**
 * A closed round as the public sees it: the village, when voting ran and closed, and each
 * pledge's public words with its published result. null for a round that is unknown or not
 * closed yet (results of an open round are not public).
 */
export async function publishedRound(roundId: string) {
  if (typeof roundId !== "string" || !/^[A-Za-z0-9-]{1,64}$/.test(roundId)) return null;
  const round = await db.evaluationRound.findFirst({
    where: { id: roundId, status: "CLOSED", closedAt: { not: null } },
    select: {
      id: true, opensAt: true, closesAt: true, closedAt: true,
      village: { select: { name: true, branchName: true, slug: true, households: true } },
      pledges: {
        orderBy: { pledge: { dueOn: "asc" } },
        select: {
          pledge: {
            select: {
              id: true, pledgerKind: true, action: true, quantity: true, unit: true, status: true, assessment: true,
              member: { select: { name: true } }, pledgerTownship: { select: { name: true } }, department: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!round) return null;
  const results = (await loadRoundResults([round.id])).get(round.id)!;
  return {
    id: round.id,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    closedAt: round.closedAt!.toISOString(),
    village: round.village,
    pledges: round.pledges.map(({ pledge: { member, pledgerTownship, department, quantity, ...pledge } }) => ({
      ...pledge,
      quantity: quantity === null ? null : quantity.toString(),
      pledgerName: member?.name ?? pledgerTownship?.name ?? department?.name ?? null,
      result: results.get(pledge.id)!,
    })),
  };
}

/** The village a round belongs to (public names only), for the ballot's thank-you page; null if unknown. */
export async function roundVillage(roundId: string) {
  if (typeof roundId !== "string" || !/^[A-Za-z0-9-]{1,64}$/.test(roundId)) return null;
  const round = await db.evaluationRound.findUnique({
    where: { id: roundId },
    select: { id: true, status: true, village: { select: { name: true, slug: true } } },
  });
  return round && { id: round.id, closed: round.status === "CLOSED", village: round.village };
}
