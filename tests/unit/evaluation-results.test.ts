import { describe, expect, it } from "vitest";
import {
  computeRoundResults, evaluatedPayload, hasBurst, isAllSatisfied, ratedVotes, reconcileCodes, satisfactionRate, totalVotes, zeroCounts,
  type OnlineVoteCount, type RatingCounts, type RoundFacts, type TallyInput,
} from "@/lib/evaluation/results";

const counts = (s: number, b: number, d: number, u: number): RatingCounts => ({ SATISFIED: s, BASICALLY_SATISFIED: b, DISSATISFIED: d, UNKNOWN: u });
const online = (pledgeId: string, c: RatingCounts, group: OnlineVoteCount["group"] = "VILLAGER", channel: OnlineVoteCount["channel"] = "CODE"): OnlineVoteCount[] =>
  (Object.entries(c) as [keyof RatingCounts, number][]).filter(([, n]) => n > 0).map(([rating, count]) => ({ pledgeId, group, channel, rating, count }));
const tally = (pledgeId: string, c: RatingCounts, status: TallyInput["status"] = "CONFIRMED", attendees = totalVotes(c)): TallyInput => ({
  pledgeId, group: "VILLAGER", status, attendees, counts: c,
});
const facts = (more: Partial<RoundFacts>): RoundFacts => ({ pledgeIds: ["p1"], households: 100, votes: [], tallies: [], ballots: [], ...more });
const only = (more: Partial<RoundFacts>) => computeRoundResults(facts(more)).get("p1")!;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 2, minute));

describe("the satisfaction rate", () => {
  it("is (满意 + 基本满意) ÷ votes that rated: 不了解 is left out of both", () => {
    expect(satisfactionRate(counts(30, 12, 6, 2))).toBeCloseTo(42 / 48);
    expect(satisfactionRate(counts(30, 12, 6, 200))).toBeCloseTo(42 / 48);
    expect(ratedVotes(counts(30, 12, 6, 2))).toBe(48);
    expect(totalVotes(counts(30, 12, 6, 2))).toBe(50);
  });

  it("is no number at all when nobody rated (only 不了解, or no votes)", () => {
    expect(satisfactionRate(counts(0, 0, 0, 7))).toBeNull();
    expect(satisfactionRate(zeroCounts())).toBeNull();
  });

  it("is 0 when every rating is 不满意 and 1 when none is", () => {
    expect(satisfactionRate(counts(0, 0, 9, 1))).toBe(0);
    expect(satisfactionRate(counts(3, 9, 0, 1))).toBe(1);
  });
});

describe("a pledge's result", () => {
  it("adds code ballots, the secretary's records and confirmed paper, and keeps each channel and group apart", () => {
    const result = only({
      votes: [...online("p1", counts(10, 5, 3, 2)), ...online("p1", counts(4, 1, 0, 0), "MEMBER", "SECRETARY"), ...online("p1", counts(2, 0, 0, 0), "MEMBER", "CODE")],
      tallies: [tally("p1", counts(20, 10, 5, 5))],
    });
    expect(result.total).toEqual(counts(36, 16, 8, 7));
    expect(result.byChannel.CODE).toEqual(counts(12, 5, 3, 2));
    expect(result.byChannel.SECRETARY).toEqual(counts(4, 1, 0, 0));
    expect(result.byChannel.PAPER).toEqual(counts(20, 10, 5, 5));
    expect(result.byGroup.VILLAGER).toEqual(counts(30, 15, 8, 7));
    expect(result.byGroup.MEMBER).toEqual(counts(6, 1, 0, 0));
    expect(result.votes).toBe(67);
    expect(result.rated).toBe(60);
    expect(result.satisfactionRate).toBeCloseTo(52 / 60);
    expect(result.villagerVotes).toBe(60);
    expect(result.turnout).toBeCloseTo(0.6);
  });

  it("does not count a disputed paper tally, nor one awaiting its second entry, but says they are held back", () => {
    const result = only({
      votes: online("p1", counts(1, 1, 1, 0)),
      tallies: [tally("p1", counts(50, 0, 0, 0), "DISPUTED")],
    });
    expect(result.total).toEqual(counts(1, 1, 1, 0));
    expect(result.byChannel.PAPER).toEqual(zeroCounts());
    expect(result.paperDisputed).toBe(1);
    const awaiting = only({ tallies: [tally("p1", counts(50, 0, 0, 0), "AWAITING_SECOND_ENTRY")] });
    expect(awaiting.votes).toBe(0);
    expect(awaiting.paperAwaiting).toBe(1);
    expect(awaiting.satisfactionRate).toBeNull();
  });

  it("keeps pledges apart", () => {
    const results = computeRoundResults(facts({ pledgeIds: ["p1", "p2"], votes: [...online("p1", counts(3, 0, 0, 0)), ...online("p2", counts(0, 0, 4, 0))] }));
    expect(results.get("p1")!.satisfactionRate).toBe(1);
    expect(results.get("p2")!.satisfactionRate).toBe(0);
    expect(results.get("p2")!.total.SATISFIED).toBe(0);
  });

  it("has no turnout for a village without households on record", () => {
    expect(only({ households: 0, votes: online("p1", counts(1, 0, 0, 0)) }).turnout).toBeNull();
  });
});

describe("the anomaly flags", () => {
  it("flag 100 % 满意 from 20 rated votes on, not at 19, not with one 基本满意", () => {
    expect(only({ votes: online("p1", counts(20, 0, 0, 0)) }).flags).toContain("ALL_SATISFIED");
    expect(only({ votes: online("p1", counts(20, 0, 0, 9)) }).flags).toContain("ALL_SATISFIED");
    expect(only({ votes: online("p1", counts(19, 0, 0, 5)) }).flags).not.toContain("ALL_SATISFIED");
    expect(only({ votes: online("p1", counts(40, 1, 0, 0)) }).flags).not.toContain("ALL_SATISFIED");
    expect(isAllSatisfied(counts(20, 0, 0, 0))).toBe(true);
  });

  it("flag a unanimous paper tally even when the online votes are mixed", () => {
    const result = only({ votes: online("p1", counts(5, 5, 5, 0)), tallies: [tally("p1", counts(60, 0, 0, 0))] });
    expect(result.flags).toContain("ALL_SATISFIED");
  });

  it("flag more villagers' votes than households (online and paper together), not members' votes", () => {
    expect(only({ households: 50, votes: online("p1", counts(30, 0, 0, 0)), tallies: [tally("p1", counts(10, 5, 5, 1))] }).flags).toContain("TURNOUT_ABOVE_HOUSEHOLDS");
    expect(only({ households: 50, votes: online("p1", counts(30, 10, 10, 0)) }).flags).not.toContain("TURNOUT_ABOVE_HOUSEHOLDS");
    expect(only({ households: 50, votes: [...online("p1", counts(30, 10, 10, 0)), ...online("p1", counts(5, 0, 0, 0), "MEMBER", "SECRETARY")] }).flags).not.toContain(
      "TURNOUT_ABOVE_HOUSEHOLDS",
    );
  });

  it("flag a paper tally with more votes than people at the meeting", () => {
    expect(only({ tallies: [tally("p1", counts(30, 10, 5, 0), "CONFIRMED", 40)] }).flags).toContain("PAPER_ABOVE_ATTENDEES");
    expect(only({ tallies: [tally("p1", counts(30, 10, 5, 0), "CONFIRMED", 45)] }).flags).not.toContain("PAPER_ABOVE_ATTENDEES");
  });

  it("flag a burst: five ballots from one address within ten minutes", () => {
    const five = [0, 2, 4, 6, 9].map((minute) => ({ sourceTag: "a", createdAt: at(minute) }));
    expect(hasBurst(five)).toBe(true);
    expect(only({ ballots: five }).flags).toContain("BURST_FROM_ONE_ADDRESS");
    expect(hasBurst([0, 3, 6, 9, 11].map((minute) => ({ sourceTag: "a", createdAt: at(minute) })))).toBe(false);
    expect(hasBurst([0, 1, 2, 3, 4].map((minute, i) => ({ sourceTag: i % 2 ? "a" : "b", createdAt: at(minute) })))).toBe(false);
    expect(hasBurst([0, 1, 2, 3, 4].map((minute) => ({ sourceTag: null, createdAt: at(minute) })))).toBe(false);
    // Out of order, among other traffic.
    const mixed = [...five.reverse(), ...[1, 3, 5].map((minute) => ({ sourceTag: "b", createdAt: at(minute) }))];
    expect(hasBurst(mixed)).toBe(true);
  });

  it("raise nothing on an ordinary round", () => {
    const result = only({
      households: 120,
      votes: online("p1", counts(20, 15, 6, 3)),
      tallies: [tally("p1", counts(25, 12, 4, 2), "CONFIRMED", 50)],
      ballots: [0, 15, 30, 45, 60].map((minute) => ({ sourceTag: "a", createdAt: at(minute) })),
    });
    expect(result.flags).toEqual([]);
  });
});

describe("reconciling codes", () => {
  it("holds issued = used + unused + void", () => {
    expect(reconcileCodes([
      { status: "USED", count: 40 },
      { status: "ISSUED", count: 55 },
      { status: "VOID", count: 25 },
      { status: "USED", count: 3 },
    ])).toEqual({ issued: 123, used: 43, unused: 55, void: 25 });
    expect(reconcileCodes([])).toEqual({ issued: 0, used: 0, unused: 0, void: 0 });
  });
});

describe("what the history keeps of a result", () => {
  it("holds the counts as published and the rate as a whole number per mille", () => {
    const result = only({ votes: online("p1", counts(2, 0, 1, 0)) });
    const payload = evaluatedPayload("r1", result);
    expect(payload).toMatchObject({ roundId: "r1", total: counts(2, 0, 1, 0), satisfactionPerMille: 667, paperHeldBack: 0, flags: [] });
  });
});
