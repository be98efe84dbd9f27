import { describe, expect, it } from "vitest";
import { checkRatings } from "@/lib/evaluation/ballot-rules";
import { isDefaultChoice } from "@/lib/evaluation/eligibility";
import { toLocalInput } from "@/lib/evaluation/local-time";
import { roundPhase } from "@/lib/evaluation/round-phase";
import {
  ZAssessPledgeInput, ZBallotInput, ZCloseRoundInput, ZFirstTallyInput, ZGenerateCodesInput, ZMemberBallotInput, ZOpenRoundInput, ZSecondTallyInput,
  ZVoidBatchInput,
} from "@/lib/evaluation/schemas";
import { checkTallyCounts, entriesAgree } from "@/lib/evaluation/tally";

const ROUND = ["p1", "p2", "p3"];

describe("a ballot's ratings", () => {
  it("are whole when every pledge of the round has one of the four options; comments are optional and trimmed", () => {
    const check = checkRatings({ p1: "SATISFIED", p2: "UNKNOWN", p3: "DISSATISFIED" }, { p1: "  说到做到 ", p2: "" }, ROUND);
    expect(check).toEqual({
      ok: true,
      votes: [
        { pledgeId: "p1", rating: "SATISFIED", comment: "说到做到" },
        { pledgeId: "p2", rating: "UNKNOWN", comment: null },
        { pledgeId: "p3", rating: "DISSATISFIED", comment: null },
      ],
    });
  });

  it("name each pledge left without a rating, or with something that is no rating", () => {
    const check = checkRatings({ p1: "SATISFIED", p3: "VERY_GOOD" }, {}, ROUND);
    expect(check).toEqual({ ok: false, formError: "BALLOT_INCOMPLETE", fieldErrors: { "rating:p2": ["RATING_REQUIRED"], "rating:p3": ["RATING_REQUIRED"] } });
  });

  it("refuse a rating or a comment for a pledge outside the round", () => {
    expect(checkRatings({ p1: "SATISFIED", p2: "SATISFIED", p3: "SATISFIED", other: "DISSATISFIED" }, {}, ROUND)).toMatchObject({ ok: false, formError: "NOT_IN_ROUND" });
    expect(checkRatings({ p1: "SATISFIED", p2: "SATISFIED", p3: "SATISFIED" }, { other: "x" }, ROUND)).toMatchObject({ ok: false, formError: "NOT_IN_ROUND" });
  });

  it("refuse a 100 KB comment under its own field, and let 500 characters through", () => {
    const ratings = { p1: "SATISFIED", p2: "SATISFIED", p3: "SATISFIED" };
    expect(checkRatings(ratings, { p2: "意".repeat(100 * 1024) }, ROUND)).toEqual({ ok: false, formError: "BALLOT_INCOMPLETE", fieldErrors: { "comment:p2": ["COMMENT_TOO_LONG"] } });
    expect(checkRatings(ratings, { p2: "意".repeat(500) }, ROUND).ok).toBe(true);
  });

  it("are read from the form's own field names", () => {
    const parsed = ZBallotInput.parse({ code: "7kx4m 2rwpa", "rating:p1": "SATISFIED", "comment:p1": "好", "rating:p2": "UNKNOWN", other: "x" });
    expect(parsed).toEqual({ code: "7kx4m 2rwpa", ratings: { p1: "SATISFIED", p2: "UNKNOWN" }, comments: { p1: "好" } });
  });
});

describe("a paper tally as typed", () => {
  const count = (s: string, b: string, d: string, u: string) => ({ SATISFIED: s, BASICALLY_SATISFIED: b, DISSATISFIED: d, UNKNOWN: u });

  it("counts the pledges whose four boxes are filled and skips those left all empty", () => {
    const check = checkTallyCounts({ p1: count("30", "12", "3", "0"), p2: count("", "", "", "") }, ROUND);
    expect(check).toEqual({ ok: true, rows: [{ pledgeId: "p1", counts: { SATISFIED: 30, BASICALLY_SATISFIED: 12, DISSATISFIED: 3, UNKNOWN: 0 } }] });
  });

  it("names each box left empty or holding no whole number", () => {
    const check = checkTallyCounts({ p1: count("30", "", "-2", "1.5") }, ROUND);
    expect(check).toEqual({
      ok: false,
      formError: "TALLY_INCOMPLETE",
      fieldErrors: { "count:p1:BASICALLY_SATISFIED": ["REQUIRED"], "count:p1:DISSATISFIED": ["NUMBER"], "count:p1:UNKNOWN": ["NUMBER"] },
    });
  });

  it("needs at least one pledge, every required one, and none outside the round", () => {
    expect(checkTallyCounts({}, ROUND)).toMatchObject({ ok: false, formError: "TALLY_EMPTY" });
    expect(checkTallyCounts({ p1: count("1", "1", "1", "1") }, ROUND, ["p1", "p2"])).toMatchObject({
      ok: false,
      fieldErrors: { "count:p2:SATISFIED": ["REQUIRED"] },
    });
    expect(checkTallyCounts({ elsewhere: count("1", "1", "1", "1") }, ROUND)).toMatchObject({ ok: false, formError: "NOT_IN_ROUND" });
  });

  it("agrees with a second entry only when the people present and all four counts match", () => {
    const first = { attendees: 50, counts: { SATISFIED: 30, BASICALLY_SATISFIED: 12, DISSATISFIED: 3, UNKNOWN: 1 } };
    expect(entriesAgree(first, { ...first, counts: { ...first.counts } })).toBe(true);
    expect(entriesAgree(first, { ...first, attendees: 51 })).toBe(false);
    expect(entriesAgree(first, { ...first, counts: { ...first.counts, DISSATISFIED: 4 } })).toBe(false);
  });
});

describe("where a round stands", () => {
  const round = { status: "OPEN" as const, opensAt: new Date("2026-11-20T02:00:00Z"), closesAt: new Date("2026-11-27T02:00:00Z") };
  it("follows the window until it is closed", () => {
    expect(roundPhase(round, new Date("2026-11-19T00:00:00Z"))).toBe("SCHEDULED");
    expect(roundPhase(round, new Date("2026-11-20T02:00:00Z"))).toBe("OPEN");
    expect(roundPhase(round, new Date("2026-11-27T01:59:59Z"))).toBe("OPEN");
    expect(roundPhase(round, new Date("2026-11-27T02:00:00Z"))).toBe("ENDED");
    expect(roundPhase({ ...round, status: "CLOSED" }, new Date("2026-11-21T00:00:00Z"))).toBe("CLOSED");
  });
});

describe("opening a round", () => {
  it("reads the window as China time and needs pledges, groups and an order", () => {
    const parsed = ZOpenRoundInput.parse({ villageId: "v", pledgeIds: ["p1"], groups: ["VILLAGER"], opensAt: "2026-11-25T09:00", closesAt: "2026-12-02T18:00" });
    expect(parsed.opensAt.toISOString()).toBe("2026-11-25T01:00:00.000Z");
    expect(toLocalInput(parsed.closesAt)).toBe("2026-12-02T18:00");
    const refused = ZOpenRoundInput.safeParse({ villageId: "v", pledgeIds: [], groups: [], opensAt: "2026-11-25T09:00", closesAt: "2026-11-25T08:00" });
    expect(refused.success).toBe(false);
    const messages = refused.error!.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`);
    expect(messages).toEqual(expect.arrayContaining(["pledgeIds:PLEDGES_REQUIRED", "groups:GROUPS_REQUIRED"]));
    const backwards = ZOpenRoundInput.safeParse({ villageId: "v", pledgeIds: ["p"], groups: ["MEMBER"], opensAt: "2026-11-25T09:00", closesAt: "2026-11-25T08:00" });
    expect(backwards.error!.issues.map((issue) => issue.message)).toEqual(["CLOSES_BEFORE_OPENS"]);
    const long = ZOpenRoundInput.safeParse({ villageId: "v", pledgeIds: ["p"], groups: ["MEMBER"], opensAt: "2026-01-01T09:00", closesAt: "2026-06-01T08:00" });
    expect(long.error!.issues.map((issue) => issue.message)).toEqual(["ROUND_TOO_LONG"]);
  });

  it("ticks by default a pledge past its due day that no closed round evaluated", () => {
    const today = new Date("2026-11-25T04:00:00Z");
    const due = (day: string) => new Date(`${day}T00:00:00Z`);
    expect(isDefaultChoice({ status: "DONE", dueOn: due("2026-11-24"), evaluatedBefore: false }, today)).toBe(true);
    expect(isDefaultChoice({ status: "DONE", dueOn: due("2026-11-25"), evaluatedBefore: false }, today)).toBe(false);
    expect(isDefaultChoice({ status: "DONE", dueOn: due("2026-11-24"), evaluatedBefore: true }, today)).toBe(false);
    expect(isDefaultChoice({ status: "WITHDRAWN", dueOn: due("2026-11-24"), evaluatedBefore: false }, today)).toBe(false);
    expect(isDefaultChoice({ status: "SUBMITTED", dueOn: due("2026-11-24"), evaluatedBefore: false }, today)).toBe(false);
  });
});

describe("a batch of codes", () => {
  it("holds 1 to 1000 codes", () => {
    expect(ZGenerateCodesInput.parse({ roundId: "r", group: "VILLAGER", count: "500" }).count).toBe(500);
    expect(ZGenerateCodesInput.safeParse({ roundId: "r", group: "VILLAGER", count: "1001" }).error!.issues[0]!.message).toBe("BATCH_TOO_LARGE");
    expect(ZGenerateCodesInput.safeParse({ roundId: "r", group: "VILLAGER", count: "0" }).error!.issues[0]!.message).toBe("NUMBER");
    expect(ZGenerateCodesInput.safeParse({ roundId: "r", group: "VILLAGER", count: "" }).error!.issues[0]!.message).toBe("REQUIRED");
  });
});

describe("every input schema", () => {
  // The action parses the form, then the data layer parses what it is given again.
  it("reads its own output as itself", () => {
    const forms: [string, { parse(value: unknown): unknown }, Record<string, unknown>][] = [
      ["open", ZOpenRoundInput, { villageId: "v", pledgeIds: ["p1"], groups: ["VILLAGER"], opensAt: "2026-11-25T09:00", closesAt: "2026-12-02T18:00" }],
      ["close", ZCloseRoundInput, { id: "r", version: "2", confirm: "yes" }],
      ["generate", ZGenerateCodesInput, { roundId: "r", group: "MEMBER", count: "12" }],
      ["void", ZVoidBatchInput, { id: "b", reason: " 丢了 ", confirm: "yes" }],
      ["ballot", ZBallotInput, { code: "7kx4m 2rwpa", "rating:p1": "SATISFIED", "comment:p1": "好" }],
      ["member", ZMemberBallotInput, { roundId: "r", "rating:p1": "UNKNOWN" }],
      ["first tally", ZFirstTallyInput, { roundId: "r", attendees: "40", "count:p1:SATISFIED": "3" }],
      ["second tally", ZSecondTallyInput, { roundId: "r", attendees: "40", "count:p1:SATISFIED": "3" }],
      ["assess", ZAssessPledgeInput, { roundId: "r", pledgeId: "p", version: "3", assessment: "FULFILLED" }],
    ];
    for (const [name, schema, form] of forms) {
      const once = schema.parse(form);
      expect(schema.parse(once), name).toEqual(once);
    }
  });
});
