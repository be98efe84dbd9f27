// The arithmetic of an evaluation (评议) result, as pure functions over counts: no I/O and no
// clock. Online ballots (by code, or recorded by the secretary at the branch meeting) and the
// mass meeting's paper tally are counted side by side, never merged out of sight; a paper tally
// counts only once two people entered the same numbers. Never a bare average: counts per option,
// and the satisfaction rate (满意 + 基本满意) ÷ votes that rated (不了解 is not a rating).

export const RATINGS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"] as const;
export type RatingKey = (typeof RATINGS)[number];
export const RATER_GROUPS = ["VILLAGER", "MEMBER", "TOWNSHIP"] as const;
export type RaterGroupKey = (typeof RATER_GROUPS)[number];
/** CODE: a one-time code; SECRETARY: recorded at the branch meeting; PAPER: a confirmed paper tally. */
export const CHANNELS = ["CODE", "SECRETARY", "PAPER"] as const;
export type ChannelKey = (typeof CHANNELS)[number];

export type RatingCounts = Record<RatingKey, number>;

/** Flags a reader should see beside the numbers; none of them changes a number. */
export const ANOMALY_FLAGS = ["ALL_SATISFIED", "TURNOUT_ABOVE_HOUSEHOLDS", "BURST_FROM_ONE_ADDRESS", "PAPER_ABOVE_ATTENDEES"] as const;
export type AnomalyFlag = (typeof ANOMALY_FLAGS)[number];

/** 100 % 满意 is suspicious from this many rated votes on (in all votes together, or in one channel). */
export const ALL_SATISFIED_MIN_VOTES = 20;
/** A burst: this many ballots from one address… */
export const BURST_BALLOTS = 5;
/** …within this many milliseconds. */
export const BURST_WINDOW_MS = 10 * 60 * 1000;

export const zeroCounts = (): RatingCounts => ({ SATISFIED: 0, BASICALLY_SATISFIED: 0, DISSATISFIED: 0, UNKNOWN: 0 });

export function addCounts(into: RatingCounts, more: Partial<RatingCounts>): RatingCounts {
  for (const rating of RATINGS) into[rating] += more[rating] ?? 0;
  return into;
}

/** Every vote, 不了解 included. */
export const totalVotes = (counts: RatingCounts): number => RATINGS.reduce((sum, rating) => sum + counts[rating], 0);

/** Votes that rated: 满意, 基本满意 and 不满意 (不了解 is no rating). */
export const ratedVotes = (counts: RatingCounts): number => counts.SATISFIED + counts.BASICALLY_SATISFIED + counts.DISSATISFIED;

/** (满意 + 基本满意) ÷ votes that rated, between 0 and 1; null when nobody rated. */
export function satisfactionRate(counts: RatingCounts): number | null {
  const rated = ratedVotes(counts);
  return rated === 0 ? null : (counts.SATISFIED + counts.BASICALLY_SATISFIED) / rated;
}

/** Every rated vote 满意, over at least ALL_SATISFIED_MIN_VOTES of them. */
export function isAllSatisfied(counts: RatingCounts): boolean {
  return ratedVotes(counts) >= ALL_SATISFIED_MIN_VOTES && counts.SATISFIED === ratedVotes(counts);
}

/** Reads stored tally counts (JSON) defensively: anything but a whole number ≥ 0 is 0. */
export function countsFromJson(value: unknown): RatingCounts {
  const counts = zeroCounts();
  if (value && typeof value === "object") {
    for (const rating of RATINGS) {
      const n = (value as Record<string, unknown>)[rating];
      if (typeof n === "number" && Number.isInteger(n) && n >= 0) counts[rating] = n;
    }
  }
  return counts;
}

export function sameCounts(a: RatingCounts, b: RatingCounts): boolean {
  return RATINGS.every((rating) => a[rating] === b[rating]);
}

/**
 * Whether any address cast BURST_BALLOTS ballots within BURST_WINDOW_MS. Ballots without a
 * source (recorded by the secretary) never form a burst.
 */
export function hasBurst(ballots: readonly { sourceTag: string | null; createdAt: Date }[], threshold = BURST_BALLOTS, windowMs = BURST_WINDOW_MS): boolean {
  const bySource = new Map<string, number[]>();
  for (const ballot of ballots) {
    if (!ballot.sourceTag) continue;
    let times = bySource.get(ballot.sourceTag);
    if (!times) bySource.set(ballot.sourceTag, (times = []));
    times.push(ballot.createdAt.getTime());
  }
  for (const times of bySource.values()) {
    if (times.length < threshold) continue;
    times.sort((a, b) => a - b);
    for (let i = threshold - 1; i < times.length; i++) {
      if (times[i]! - times[i - threshold + 1]! <= windowMs) return true;
    }
  }
  return false;
}

/** Counted online votes of one pledge, by rater group, channel (CODE or SECRETARY) and option. */
export type OnlineVoteCount = { pledgeId: string; group: RaterGroupKey; channel: "CODE" | "SECRETARY"; rating: RatingKey; count: number };

/** A paper tally as entered: it counts only when CONFIRMED (both entries agree). */
export type TallyInput = {
  pledgeId: string;
  group: RaterGroupKey;
  status: "AWAITING_SECOND_ENTRY" | "CONFIRMED" | "DISPUTED";
  attendees: number;
  counts: RatingCounts;
};

export type RoundFacts = {
  pledgeIds: readonly string[];
  households: number;
  votes: readonly OnlineVoteCount[];
  tallies: readonly TallyInput[];
  /** When, and from which (hashed) address, each code ballot of the round came. */
  ballots: readonly { sourceTag: string | null; createdAt: Date }[];
};

export type PledgeResult = {
  pledgeId: string;
  /** Everything counted: code ballots, ballots recorded by the secretary, confirmed paper tallies. */
  total: RatingCounts;
  byChannel: Record<ChannelKey, RatingCounts>;
  byGroup: Record<RaterGroupKey, RatingCounts>;
  /** All counted votes, 不了解 included. */
  votes: number;
  /** Counted votes that rated (不了解 excluded): the satisfaction rate's denominator. */
  rated: number;
  satisfactionRate: number | null;
  /** Villagers' votes on this pledge (online and confirmed paper), for turnout. */
  villagerVotes: number;
  households: number;
  /** villagerVotes ÷ households; null for a village without households on record. */
  turnout: number | null;
  /** Paper tallies held back: the two entries differ (DISPUTED) or the second is missing. */
  paperDisputed: number;
  paperAwaiting: number;
  flags: AnomalyFlag[];
};

const byKey = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, zeroCounts()])) as Record<K, RatingCounts>;

/** The result of every pledge of a round, from its counts. */
export function computeRoundResults(facts: RoundFacts): Map<string, PledgeResult> {
  const burst = hasBurst(facts.ballots);
  const results = new Map<string, PledgeResult>();
  for (const pledgeId of facts.pledgeIds) {
    const byChannel = byKey(CHANNELS);
    const byGroup = byKey(RATER_GROUPS);
    const total = zeroCounts();
    let villagerVotes = 0;
    for (const vote of facts.votes) {
      if (vote.pledgeId !== pledgeId) continue;
      byChannel[vote.channel][vote.rating] += vote.count;
      byGroup[vote.group][vote.rating] += vote.count;
      total[vote.rating] += vote.count;
      if (vote.group === "VILLAGER") villagerVotes += vote.count;
    }
    let paperDisputed = 0;
    let paperAwaiting = 0;
    let paperAboveAttendees = false;
    for (const tally of facts.tallies) {
      if (tally.pledgeId !== pledgeId) continue;
      if (tally.status === "DISPUTED") paperDisputed += 1;
      if (tally.status === "AWAITING_SECOND_ENTRY") paperAwaiting += 1;
      if (tally.status !== "CONFIRMED") continue;
      addCounts(byChannel.PAPER, tally.counts);
      addCounts(byGroup[tally.group], tally.counts);
      addCounts(total, tally.counts);
      if (tally.group === "VILLAGER") villagerVotes += totalVotes(tally.counts);
      if (totalVotes(tally.counts) > tally.attendees) paperAboveAttendees = true;
    }
    const flags: AnomalyFlag[] = [];
    if ([total, ...CHANNELS.map((channel) => byChannel[channel])].some(isAllSatisfied)) flags.push("ALL_SATISFIED");
    if (facts.households > 0 && villagerVotes > facts.households) flags.push("TURNOUT_ABOVE_HOUSEHOLDS");
    if (burst) flags.push("BURST_FROM_ONE_ADDRESS");
    if (paperAboveAttendees) flags.push("PAPER_ABOVE_ATTENDEES");
    results.set(pledgeId, {
      pledgeId,
      total,
      byChannel,
      byGroup,
      votes: totalVotes(total),
      rated: ratedVotes(total),
      satisfactionRate: satisfactionRate(total),
      villagerVotes,
      households: facts.households,
      turnout: facts.households > 0 ? villagerVotes / facts.households : null,
      paperDisputed,
      paperAwaiting,
      flags,
    });
  }
  return results;
}

/** Codes of a round by what became of them: issued = used + unused + void, always. */
export type CodeReconciliation = { issued: number; used: number; unused: number; void: number };

/**
 * From counts of codes by status: `used` voted once; `unused` can still vote; `void` belonged to a
 * batch that was voided before they were used (a voided batch's used codes stay used: their
 * ballots were cast before the batch was lost and count).
 */
export function reconcileCodes(rows: readonly { status: "ISSUED" | "USED" | "VOID"; count: number }[]): CodeReconciliation {
  const of = (status: "ISSUED" | "USED" | "VOID") => rows.filter((row) => row.status === status).reduce((total, row) => total + row.count, 0);
  const used = of("USED");
  const unused = of("ISSUED");
  const voided = of("VOID");
  return { issued: used + unused + voided, used, unused, void: voided };
}

/**
 * What the pledge's history keeps of its result when the round closes (the EVALUATED event): the
 * counts as published, so a number changed afterwards no longer matches the tamper-evident log.
 */
export function evaluatedPayload(roundId: string, result: PledgeResult) {
  return {
    roundId,
    total: result.total,
    byChannel: result.byChannel,
    byGroup: result.byGroup,
    /** Per mille, a whole number: a float would hash differently on another machine. */
    satisfactionPerMille: result.satisfactionRate === null ? null : Math.round(result.satisfactionRate * 1000),
    villagerVotes: result.villagerVotes,
    households: result.households,
    paperHeldBack: result.paperDisputed + result.paperAwaiting,
    flags: result.flags,
  };
}
