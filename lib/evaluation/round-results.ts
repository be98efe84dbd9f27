import { db, type Tx } from "@/lib/db";
import { computeRoundResults, countsFromJson, type OnlineVoteCount, type PledgeResult, type TallyInput } from "./results";

// Loads what results.ts computes from: the counted votes of rounds (grouped in the database, so a
// round with thousands of ballots costs one small query), their paper tallies and the timing of
// their code ballots. Shared by the staff round page, the public results and the demo seed (which
// is why this file does not import "server-only": it has nothing secret, only counts).

type VoteCountRow = OnlineVoteCount & { roundId: string };

/** Per round, the result of each of its pledges. Rounds not found are absent. */
export async function loadRoundResults(roundIds: readonly string[], client: Tx = db): Promise<Map<string, Map<string, PledgeResult>>> {
  const out = new Map<string, Map<string, PledgeResult>>();
  if (roundIds.length === 0) return out;
  const ids = [...new Set(roundIds)];
  const [rounds, voteRows, tallies, ballots] = await Promise.all([
    client.evaluationRound.findMany({
      where: { id: { in: ids } },
      select: { id: true, village: { select: { households: true } }, pledges: { select: { pledgeId: true } } },
    }),
    client.$queryRaw<VoteCountRow[]>`
      SELECT b."roundId", v."pledgeId", b."group"::text AS "group", b.channel::text AS channel, v.rating::text AS rating, count(*)::int AS count
      FROM "Vote" v JOIN "Ballot" b ON b.id = v."ballotId"
      WHERE b."roundId" = ANY(${ids}::text[])
      GROUP BY b."roundId", v."pledgeId", b."group", b.channel, v.rating`,
    client.paperTally.findMany({
      where: { roundId: { in: ids } },
      select: { roundId: true, pledgeId: true, group: true, status: true, attendees: true, firstCounts: true },
    }),
    client.ballot.findMany({ where: { roundId: { in: ids }, channel: "CODE" }, select: { roundId: true, sourceTag: true, createdAt: true } }),
  ]);
  for (const round of rounds) {
    const tallyInputs: TallyInput[] = tallies
      .filter((tally) => tally.roundId === round.id)
      .map((tally) => ({ pledgeId: tally.pledgeId, group: tally.group, status: tally.status, attendees: tally.attendees, counts: countsFromJson(tally.firstCounts) }));
    out.set(
      round.id,
      computeRoundResults({
        pledgeIds: round.pledges.map((p) => p.pledgeId),
        households: round.village.households,
        votes: voteRows.filter((row) => row.roundId === round.id),
        tallies: tallyInputs,
        ballots: ballots.filter((ballot) => ballot.roundId === round.id),
      }),
    );
  }
  return out;
}
