import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { BALLOT_CODE_LIMIT, openBallot, submitBallot } from "@/lib/evaluation/ballot";
import { normaliseCode, hashCode } from "@/lib/evaluation/codes";
import { generateCodes, voidBatch } from "@/lib/evaluation/mutations/batches";
import { closeRound, openRound } from "@/lib/evaluation/mutations/rounds";
import { getRound } from "@/lib/evaluation/queries";
import { hashSecret } from "@/lib/evaluation/secret";
import { findBrokenLinks } from "@/lib/history/chain";
import { createEvaluationRound, createMember, createOrgTree, createPledge, type OrgTree } from "../factories";
import { freshAddress, openRoundIn, printCodes, ratingsFor } from "./evaluation-fixtures";
import { actorFor, loadChain, outcomeOf } from "./helpers";

let tree: OrgTree;
let secretary: Actor;
let siblingSecretary: Actor;
let township: Actor;
let siblingTownship: Actor;
let county: Actor;
let place: { townshipId: string; countyId: string };

beforeAll(async () => {
  tree = await createOrgTree(db);
  secretary = await actorFor(tree.users.villageSecretary.id);
  siblingSecretary = await actorFor(tree.siblingUsers.villageSecretary.id);
  township = await actorFor(tree.users.townshipOfficer.id);
  siblingTownship = await actorFor(tree.siblingUsers.townshipOfficer.id);
  county = await actorFor(tree.users.countyOrganiser.id);
  place = { townshipId: tree.township.id, countyId: tree.county.id };
});

const WEEK = 7 * 86_400_000;
const windowFromNow = () => ({ opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + WEEK).toISOString() });
const eventsOf = (pledgeId: string, type: string) => db.pledgeEvent.findMany({ where: { pledgeId, type: type as never }, orderBy: { seq: "asc" } });

async function finishedPledges(villageId: string, count = 2) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await createPledge(db, { villageId, campaignId: tree.campaignId, status: "DONE", dueOn: new Date("2026-11-01T00:00:00Z") })).id);
  return ids;
}

describe("opening a round", () => {
  it("opens one for the secretary's village, writes ROUND_OPENED in each pledge's history, and refuses a second while it is not closed", async () => {
    const pledgeIds = await finishedPledges(tree.village.id);
    const input = { id: randomUUID(), villageId: tree.village.id, pledgeIds, groups: ["VILLAGER", "MEMBER"], ...windowFromNow() };
    const round = await openRound(secretary, input);
    expect(round.id).toBe(input.id);
    // A retried submit opens nothing twice.
    expect((await openRound(secretary, input)).id).toBe(round.id);
    expect(await db.evaluationRound.findUniqueOrThrow({ where: { id: round.id }, include: { pledges: true } })).toMatchObject({
      status: "OPEN", villageId: tree.village.id, groups: ["VILLAGER", "MEMBER"], createdById: secretary.userId,
    });
    for (const pledgeId of pledgeIds) {
      expect(await eventsOf(pledgeId, "ROUND_OPENED")).toMatchObject([{ payload: { roundId: round.id }, actorId: secretary.userId }]);
      expect(findBrokenLinks(await loadChain(pledgeId))).toEqual([]);
    }
    const second = await outcomeOf(openRound(secretary, { ...input, id: randomUUID() }));
    expect(second).toMatchObject({ code: "CONFLICT", message: "ROUND_ALREADY_OPEN" });
    // The township officer may open one too, but not a second one either.
    expect(await outcomeOf(openRound(township, { ...input, id: randomUUID() }))).toMatchObject({ code: "CONFLICT", message: "ROUND_ALREADY_OPEN" });
    await closeRound(secretary, { id: round.id, version: 1, confirm: "yes" });
  });

  it("lets exactly one of several simultaneous openings for one village through", async () => {
    const { village, pledgeIds } = await openRoundIn(place, tree.campaignId).then(async ({ round, village, pledgeIds }) => {
      await db.evaluationRound.update({ where: { id: round.id }, data: { status: "CLOSED", closedAt: new Date() } });
      return { village, pledgeIds };
    });
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => outcomeOf(openRound(township, { villageId: village.id, pledgeIds, groups: ["VILLAGER"], ...windowFromNow() }))),
    );
    expect(outcomes.filter((o) => o.code === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o.code !== "ok").every((o) => o.code === "CONFLICT" && o.message === "ROUND_ALREADY_OPEN")).toBe(true);
    expect(await db.evaluationRound.count({ where: { villageId: village.id, status: { not: "CLOSED" } } })).toBe(1);
  });

  it("refuses pledges that are not on the board or are another village's, a window that is over, and no groups", async () => {
    const { village, pledgeIds } = await openRoundIn(place, tree.campaignId).then(async ({ round, ...rest }) => {
      await db.evaluationRound.update({ where: { id: round.id }, data: { status: "CLOSED", closedAt: new Date() } });
      return rest;
    });
    const draft = await createPledge(db, { villageId: village.id, campaignId: tree.campaignId, status: "DRAFT" });
    const elsewhere = await createPledge(db, { villageId: tree.siblingVillage.id, campaignId: tree.campaignId, status: "DONE" });
    const base = { villageId: village.id, groups: ["VILLAGER"], ...windowFromNow() };
    expect(await outcomeOf(openRound(township, { ...base, pledgeIds: [...pledgeIds, draft.id] }))).toMatchObject({ code: "INVALID", message: "PLEDGE_NOT_EVALUABLE", field: "pledgeIds" });
    expect(await outcomeOf(openRound(township, { ...base, pledgeIds: [elsewhere.id] }))).toMatchObject({ code: "INVALID", field: "pledgeIds" });
    expect(await outcomeOf(openRound(township, { ...base, pledgeIds, closesAt: new Date(Date.now() - 1000).toISOString(), opensAt: new Date(Date.now() - 7200_000).toISOString() }))).toMatchObject({
      code: "INVALID", message: "CLOSES_IN_PAST", field: "closesAt",
    });
    expect(await outcomeOf(openRound(township, { ...base, pledgeIds, groups: [] }))).toMatchObject({ code: "INVALID", field: "groups" });
    expect(await db.evaluationRound.count({ where: { villageId: village.id, status: { not: "CLOSED" } } })).toBe(0);
  });

  it("keeps a secretary to his own village, a township officer to his township, and lets an organiser only read", async () => {
    const pledgeIds = await finishedPledges(tree.village.id, 1);
    const input = { villageId: tree.village.id, pledgeIds, groups: ["VILLAGER"], ...windowFromNow() };
    expect(await outcomeOf(openRound(siblingSecretary, input))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(openRound(siblingTownship, input))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(openRound(county, input))).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.evaluationRound.count({ where: { villageId: tree.village.id, status: { not: "CLOSED" } } })).toBe(0);
  });
});

describe("one-time codes", () => {
  it("come back in clear once and are stored only as keyed hashes", async () => {
    const { round } = await openRoundIn(place, tree.campaignId);
    const batch = await generateCodes(township, { roundId: round.id, group: "VILLAGER", count: 25 });
    expect(batch.codes).toHaveLength(25);
    expect(new Set(batch.codes).size).toBe(25);
    for (const code of batch.codes) expect(code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const stored = await db.ballotCode.findMany({ where: { batchId: batch.id } });
    expect(stored.map((row) => row.codeHash).sort()).toEqual(batch.codes.map((code) => hashCode(normaliseCode(code), hashSecret())).sort());
    // Nothing in the database holds a code in clear.
    const everything = JSON.stringify(await db.ballotCode.findMany({ where: { roundId: round.id } })) + JSON.stringify(await db.ballotBatch.findMany({ where: { roundId: round.id } }));
    for (const code of batch.codes) {
      expect(everything).not.toContain(normaliseCode(code));
      expect(everything).not.toContain(code);
    }
    // And no read hands them out again: only their counts.
    const page = await getRound(township, round.id);
    expect(JSON.stringify(page)).not.toContain(normaliseCode(batch.codes[0]!));
    expect(page.codes).toEqual({ issued: 25, used: 0, unused: 25, void: 0 });
  });

  it("are capped at 1.5 × the households for villagers and at the active members for members, with a clear refusal", async () => {
    const { round, village } = await openRoundIn(place, tree.campaignId);
    await db.village.update({ where: { id: village.id }, data: { households: 40 } });
    await generateCodes(township, { roundId: round.id, group: "VILLAGER", count: 50 });
    expect(await outcomeOf(generateCodes(township, { roundId: round.id, group: "VILLAGER", count: 11 }))).toMatchObject({ code: "INVALID", message: "CODES_ABOVE_CAP", field: "count" });
    expect((await generateCodes(township, { roundId: round.id, group: "VILLAGER", count: 10 })).codes).toHaveLength(10);
    expect(await outcomeOf(generateCodes(township, { roundId: round.id, group: "VILLAGER", count: 1 }))).toMatchObject({ message: "CODES_ABOVE_CAP" });
    expect(await outcomeOf(generateCodes(township, { roundId: round.id, group: "MEMBER", count: 1 }))).toMatchObject({ message: "CODES_ABOVE_CAP" });
    await createMember(db, { villageId: village.id });
    await createMember(db, { villageId: village.id });
    expect((await generateCodes(township, { roundId: round.id, group: "MEMBER", count: 2 })).codes).toHaveLength(2);
    expect(await outcomeOf(generateCodes(township, { roundId: round.id, group: "TOWNSHIP", count: 1 }))).toMatchObject({ code: "INVALID", message: "GROUP_NOT_IN_ROUND" });
    expect(await db.ballotCode.count({ where: { roundId: round.id } })).toBe(62);
  });

  it("cannot be generated for another village's round, nor read there", async () => {
    const { round } = await openRoundIn(place, tree.campaignId);
    expect(await outcomeOf(generateCodes(siblingSecretary, { roundId: round.id, group: "VILLAGER", count: 5 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(generateCodes(siblingTownship, { roundId: round.id, group: "VILLAGER", count: 5 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(generateCodes(county, { roundId: round.id, group: "VILLAGER", count: 5 }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await outcomeOf(getRound(siblingSecretary, round.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.ballotCode.count({ where: { roundId: round.id } })).toBe(0);
  });
});

describe("the ballot", () => {
  it("counts one ballot per code when fifty phones submit the same code at once", async () => {
    const { round, pledgeIds } = await openRoundIn(place, tree.campaignId);
    const { codes } = await printCodes(round.id, 1);
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => outcomeOf(submitBallot({ code: codes[0], ...ratingsFor(pledgeIds, "BASICALLY_SATISFIED") }, freshAddress()))),
    );
    expect(outcomes.filter((o) => o.code === "ok")).toHaveLength(1);
    expect(outcomes.flatMap((o) => (o.code === "ok" ? [] : [o.message]))).toEqual(Array(49).fill("CODE_USED"));
    expect(await db.ballot.count({ where: { roundId: round.id } })).toBe(1);
    expect(await db.vote.count({ where: { ballot: { roundId: round.id } } })).toBe(pledgeIds.length);
    expect(await db.ballotCode.findFirstOrThrow({ where: { roundId: round.id } })).toMatchObject({ status: "USED" });
  });

  it("takes a code typed with spaces and lower case, shows the round's pledges, and refuses the same code a second time", async () => {
    const { round, pledgeIds } = await openRoundIn(place, tree.campaignId);
    const { codes } = await printCodes(round.id, 1);
    const typed = ` ${codes[0]!.toLowerCase().replace("-", " ")} `;
    const ballot = await openBallot(typed, freshAddress());
    expect(ballot.code).toBe(codes[0]);
    expect(ballot.pledges.map((pledge) => pledge.id).sort()).toEqual([...pledgeIds].sort());
    expect(ballot.pledges[0]).not.toHaveProperty("overrideReason");
    expect(await submitBallot({ code: typed, ...ratingsFor(pledgeIds, "DISSATISFIED", { [`comment:${pledgeIds[0]}`]: "进度太慢" }) }, freshAddress())).toEqual({ roundId: round.id });
    expect(await outcomeOf(submitBallot({ code: codes[0], ...ratingsFor(pledgeIds) }, freshAddress()))).toMatchObject({ code: "CONFLICT", message: "CODE_USED", field: "code" });
    expect(await outcomeOf(openBallot(codes[0]!, freshAddress()))).toMatchObject({ message: "CODE_USED", field: "code" });
    const votes = await db.vote.findMany({ where: { ballot: { roundId: round.id } } });
    expect(votes).toHaveLength(2);
    expect(votes.every((vote) => vote.rating === "DISSATISFIED")).toBe(true);
    expect(votes.find((vote) => vote.pledgeId === pledgeIds[0])?.comment).toBe("进度太慢");
  });

  it("names what is wrong with a code that cannot vote: unknown, mistyped, void, not open yet, over", async () => {
    const { round } = await openRoundIn(place, tree.campaignId);
    const { codes, batch } = await printCodes(round.id, 2);
    await voidBatch(township, { id: batch.id, reason: "送往牧点途中遗失", confirm: "yes" });
    const scheduled = await openRoundIn(place, tree.campaignId, { status: "SCHEDULED", opensAt: new Date(Date.now() + 86_400_000), closesAt: new Date(Date.now() + WEEK) });
    const ended = await openRoundIn(place, tree.campaignId, { opensAt: new Date(Date.now() - WEEK), closesAt: new Date(Date.now() - 60_000) });
    const closed = await openRoundIn(place, tree.campaignId, { status: "CLOSED", opensAt: new Date(Date.now() - WEEK), closesAt: new Date(Date.now() + WEEK) });
    const [early, late, shut] = await Promise.all([printCodes(scheduled.round.id, 1), printCodes(ended.round.id, 1), printCodes(closed.round.id, 1)]);
    const attempt = (code: string) => outcomeOf(submitBallot({ code, "rating:x": "SATISFIED" }, freshAddress()));
    expect(await attempt("")).toMatchObject({ code: "INVALID", message: "CODE_EMPTY", field: "code" });
    expect(await attempt("7KX4M")).toMatchObject({ message: "CODE_MALFORMED", field: "code" });
    const typo = codes[0]!.slice(0, 3) + (codes[0]![3] === "A" ? "B" : "A") + codes[0]!.slice(4);
    expect(await attempt(typo)).toMatchObject({ message: "CODE_CHECK_FAILED", field: "code" });
    expect(await attempt("22222-22222")).toMatchObject({ code: "NOT_FOUND", message: "CODE_UNKNOWN", field: "code" });
    expect(await attempt(codes[1]!)).toMatchObject({ message: "CODE_VOID", field: "code" });
    expect(await attempt(early.codes[0]!)).toMatchObject({ message: "ROUND_NOT_OPEN", field: "code" });
    expect(await attempt(late.codes[0]!)).toMatchObject({ message: "ROUND_CLOSED", field: "code" });
    expect(await attempt(shut.codes[0]!)).toMatchObject({ message: "ROUND_CLOSED", field: "code" });
    expect(await outcomeOf(openBallot(early.codes[0]!, freshAddress()))).toMatchObject({ message: "ROUND_NOT_OPEN" });
    expect(await db.ballot.count({ where: { roundId: { in: [round.id, scheduled.round.id, ended.round.id, closed.round.id] } } })).toBe(0);
  });

  it("refuses a ballot missing a rating, rating a pledge outside the round, or with a 100 KB comment, and leaves the code unused", async () => {
    const { round, pledgeIds } = await openRoundIn(place, tree.campaignId, {}, 3);
    const { codes } = await printCodes(round.id, 1);
    const code = codes[0]!;
    const outside = await createPledge(db, { villageId: tree.siblingVillage.id, campaignId: tree.campaignId, status: "DONE" });
    const missing = await outcomeOf(submitBallot({ code, ...ratingsFor(pledgeIds.slice(0, 2)) }, freshAddress()));
    expect(missing).toMatchObject({ code: "INVALID", message: "BALLOT_INCOMPLETE" });
    await submitBallot({ code, ...ratingsFor(pledgeIds.slice(0, 2)) }, freshAddress()).catch((error: { fieldErrors?: unknown }) => {
      expect(error.fieldErrors).toEqual({ [`rating:${pledgeIds[2]}`]: ["RATING_REQUIRED"] });
    });
    expect(await outcomeOf(submitBallot({ code, ...ratingsFor([...pledgeIds, outside.id]) }, freshAddress()))).toMatchObject({ message: "NOT_IN_ROUND" });
    const huge = await submitBallot({ code, ...ratingsFor(pledgeIds, "SATISFIED", { [`comment:${pledgeIds[1]}`]: "长".repeat(100 * 1024) }) }, freshAddress()).catch((error: unknown) => error);
    expect(huge).toMatchObject({ message: "BALLOT_INCOMPLETE", fieldErrors: { [`comment:${pledgeIds[1]}`]: ["COMMENT_TOO_LONG"] } });
    expect(await db.ballot.count({ where: { roundId: round.id } })).toBe(0);
    expect(await db.ballotCode.findFirstOrThrow({ where: { roundId: round.id } })).toMatchObject({ status: "ISSUED" });
    // Fixed, the same code votes.
    expect(await submitBallot({ code, ...ratingsFor(pledgeIds, "UNKNOWN") }, freshAddress())).toEqual({ roundId: round.id });
  });

  it("keeps no link from a vote to its code: the ballot has no code column and the code keeps only the day it was used", async () => {
    const { round, pledgeIds } = await openRoundIn(place, tree.campaignId);
    const { codes } = await printCodes(round.id, 1);
    const address = freshAddress();
    await submitBallot({ code: codes[0], ...ratingsFor(pledgeIds) }, address);
    const ballot = await db.ballot.findFirstOrThrow({ where: { roundId: round.id }, include: { votes: true } });
    const code = await db.ballotCode.findFirstOrThrow({ where: { roundId: round.id } });
    expect(Object.keys(ballot).sort()).toEqual(["channel", "createdAt", "group", "id", "roundId", "sourceTag", "votes"]);
    const stored = JSON.stringify(ballot);
    for (const secret of [code.id, code.codeHash, code.batchId, normaliseCode(codes[0]!), address]) expect(stored).not.toContain(secret);
    expect(code.usedAt!.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(ballot.sourceTag).toMatch(/^[0-9a-f]{24}$/);
  });

  it("throttles guessing per address: unknown codes count, real ones do not", async () => {
    const { round, pledgeIds } = await openRoundIn(place, tree.campaignId);
    const { codes } = await printCodes(round.id, 3);
    const address = freshAddress();
    // Real codes given back: a family sharing one phone is never blocked.
    for (const code of codes.slice(0, 2)) await submitBallot({ code, ...ratingsFor(pledgeIds) }, address);
    const guesses = [];
    for (let i = 0; i < BALLOT_CODE_LIMIT.points; i++) guesses.push(await outcomeOf(openBallot(`22222-2222${"23456789AB"[i % 10]}`, address)));
    expect(guesses.every((g) => g.code === "NOT_FOUND" || (g.code === "INVALID" && g.message === "CODE_CHECK_FAILED"))).toBe(true);
    const unknown = guesses.filter((g) => g.code === "NOT_FOUND").length;
    // Mistyped codes cost nothing: they never reach the database.
    for (let i = unknown; i < BALLOT_CODE_LIMIT.points; i++) await outcomeOf(openBallot("22222-22222", address));
    expect(await outcomeOf(submitBallot({ code: codes[2], ...ratingsFor(pledgeIds) }, address))).toMatchObject({ code: "RATE_LIMITED", field: "code" });
    expect(await db.ballotCode.count({ where: { roundId: round.id, status: "ISSUED" } })).toBe(1);
    // Another phone is not held back.
    expect(await submitBallot({ code: codes[2], ...ratingsFor(pledgeIds) }, freshAddress())).toEqual({ roundId: round.id });
  });
});

describe("a voided batch", () => {
  it("stops its unused codes voting, keeps the ballots already cast, and is an event in every pledge's history", async () => {
    const { round, pledgeIds } = await openRoundIn(place, tree.campaignId);
    const { codes, batch } = await printCodes(round.id, 4);
    await submitBallot({ code: codes[0], ...ratingsFor(pledgeIds) }, freshAddress());
    expect(await outcomeOf(voidBatch(siblingSecretary, { id: batch.id, reason: "丢了", confirm: "yes" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await outcomeOf(voidBatch(county, { id: batch.id, reason: "丢了", confirm: "yes" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await outcomeOf(voidBatch(township, { id: batch.id, reason: "丢了" }))).toMatchObject({ code: "INVALID" });
    expect(await voidBatch(township, { id: batch.id, reason: "送往牧点途中遗失", confirm: "yes" })).toEqual({ id: batch.id, voided: 3, alreadyUsed: 1 });
    expect(await outcomeOf(voidBatch(township, { id: batch.id, reason: "再作废一次", confirm: "yes" }))).toMatchObject({ code: "CONFLICT", message: "BATCH_ALREADY_VOID" });
    for (const code of codes.slice(1)) {
      expect(await outcomeOf(submitBallot({ code, ...ratingsFor(pledgeIds) }, freshAddress()))).toMatchObject({ message: "CODE_VOID" });
    }
    expect(await db.ballot.count({ where: { roundId: round.id } })).toBe(1);
    expect((await getRound(township, round.id)).codes).toEqual({ issued: 4, used: 1, unused: 0, void: 3 });
    for (const pledgeId of pledgeIds) {
      expect(await eventsOf(pledgeId, "CODES_VOIDED")).toMatchObject([{ payload: { roundId: round.id, batchId: batch.id, voided: 3, alreadyUsed: 1, reason: "送往牧点途中遗失" } }]);
    }
  });

  it("races a ballot cleanly: each code ends either used (its ballot counts) or void (no ballot)", async () => {
    const { round, pledgeIds } = await openRoundIn(place, tree.campaignId);
    const { codes, batch } = await printCodes(round.id, 20);
    const ballots = codes.map((code) => outcomeOf(submitBallot({ code, ...ratingsFor(pledgeIds) }, freshAddress())));
    await voidBatch(township, { id: batch.id, reason: "整批遗失", confirm: "yes" });
    const outcomes = await Promise.all(ballots);
    const used = await db.ballotCode.count({ where: { batchId: batch.id, status: "USED" } });
    expect(used + (await db.ballotCode.count({ where: { batchId: batch.id, status: "VOID" } }))).toBe(20);
    expect(outcomes.filter((o) => o.code === "ok")).toHaveLength(used);
    expect(await db.ballot.count({ where: { roundId: round.id } })).toBe(used);
  });
});

describe("closing a round", () => {
  it("while ballots are being submitted: each ballot either counts whole or is told the round is closed", async () => {
    const { round, pledgeIds } = await openRoundIn(place, tree.campaignId, {}, 3);
    const { codes } = await printCodes(round.id, 30);
    const ballots = codes.map((code) => outcomeOf(submitBallot({ code, ...ratingsFor(pledgeIds, "BASICALLY_SATISFIED") }, freshAddress())));
    const closing = closeRound(township, { id: round.id, version: round.version, confirm: "yes" });
    const outcomes = await Promise.all(ballots);
    await closing;
    const counted = outcomes.filter((o) => o.code === "ok").length;
    expect(outcomes.filter((o) => o.code !== "ok").every((o) => o.code === "CONFLICT" && o.message === "ROUND_CLOSED")).toBe(true);
    expect(await db.ballot.count({ where: { roundId: round.id } })).toBe(counted);
    expect(await db.ballotCode.count({ where: { roundId: round.id, status: "USED" } })).toBe(counted);
    // No half-written ballot: every ballot has a vote on every pledge.
    expect(await db.vote.count({ where: { ballot: { roundId: round.id } } })).toBe(counted * 3);
    // What the history recorded at close is exactly what was counted.
    for (const pledgeId of pledgeIds) {
      const [evaluated] = await eventsOf(pledgeId, "EVALUATED");
      expect(evaluated!.payload).toMatchObject({ roundId: round.id, total: { BASICALLY_SATISFIED: counted, SATISFIED: 0 } });
      expect(await eventsOf(pledgeId, "ROUND_CLOSED")).toHaveLength(1);
      expect(findBrokenLinks(await loadChain(pledgeId))).toEqual([]);
    }
    expect(await outcomeOf(closeRound(township, { id: round.id, version: round.version + 1, confirm: "yes" }))).toMatchObject({ code: "CONFLICT", message: "ROUND_CLOSED" });
  });

  it("is refused without confirmation, on a stale version, and to those who do not run the round", async () => {
    const { round } = await openRoundIn(place, tree.campaignId);
    expect(await outcomeOf(closeRound(township, { id: round.id, version: round.version }))).toMatchObject({ code: "INVALID" });
    expect(await outcomeOf(closeRound(township, { id: round.id, version: round.version + 5, confirm: "yes" }))).toMatchObject({ code: "CONFLICT", message: "STALE" });
    expect(await outcomeOf(closeRound(county, { id: round.id, version: round.version, confirm: "yes" }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await outcomeOf(closeRound(siblingTownship, { id: round.id, version: round.version, confirm: "yes" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.evaluationRound.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({ status: "OPEN", closedAt: null });
  });

  it("hides the ratings from everyone while the round runs and shows them once it is closed", async () => {
    const { round, pledgeIds } = await openRoundIn(place, tree.campaignId);
    const { codes } = await printCodes(round.id, 2);
    for (const code of codes) await submitBallot({ code, ...ratingsFor(pledgeIds, "DISSATISFIED", { [`comment:${pledgeIds[0]}`]: "没看到实际效果" }) }, freshAddress());
    const running = await getRound(township, round.id);
    expect(running.pledges.every((pledge) => pledge.result === null)).toBe(true);
    expect(running.comments).toEqual([]);
    expect(running.ballots).toEqual([{ group: "VILLAGER", channel: "CODE", count: 2 }]);
    expect(JSON.stringify(running)).not.toContain("DISSATISFIED");
    await closeRound(township, { id: round.id, version: round.version, confirm: "yes" });
    const closed = await getRound(county, round.id);
    expect(closed.pledges.find((pledge) => pledge.id === pledgeIds[0])!.result).toMatchObject({ total: { DISSATISFIED: 2 }, satisfactionRate: 0 });
    expect(closed.comments).toEqual([
      { pledgeId: pledgeIds[0], rating: "DISSATISFIED", comment: "没看到实际效果" },
      { pledgeId: pledgeIds[0], rating: "DISSATISFIED", comment: "没看到实际效果" },
    ]);
  });
});

describe("a round opened by the factory for another village", () => {
  it("does not stop this village opening its own", async () => {
    await createEvaluationRound(db, { villageId: tree.siblingVillage.id, campaignId: tree.campaignId });
    const pledgeIds = await finishedPledges(tree.village.id, 1);
    const round = await openRound(secretary, { villageId: tree.village.id, pledgeIds, groups: ["VILLAGER"], ...windowFromNow() });
    expect(round.id).toBeTruthy();
  });
});
