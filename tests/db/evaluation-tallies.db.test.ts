import { mkdtempSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { submitBallot } from "@/lib/evaluation/ballot";
import { recordMemberBallot } from "@/lib/evaluation/mutations/member-ballots";
import { assessPledge, closeRound } from "@/lib/evaluation/mutations/rounds";
import { enterFirstTally, enterSecondTally } from "@/lib/evaluation/mutations/tallies";
import { publishedResultsForPledges, publishedRound } from "@/lib/evaluation/public-results";
import { getRound, getSecondEntrySheet, getTallyPhoto, listTallyQueue } from "@/lib/evaluation/queries";
import { findBrokenLinks } from "@/lib/history/chain";
import { createMember, createOrgTree, createUser, type OrgTree } from "../factories";
import { freshAddress, openRoundIn, printCodes, ratingsFor, tallySheetPhoto } from "./evaluation-fixtures";
import { actorFor, loadChain, outcomeOf } from "./helpers";

// Before anything reads lib/env.ts: photos of this file go to a throwaway directory.
const uploadDir = mkdtempSync(path.join(os.tmpdir(), "pledgeboard-tally-uploads-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => rm(uploadDir, { recursive: true, force: true }));

let tree: OrgTree;
let township: Actor;
let county: Actor;
let place: { townshipId: string; countyId: string };

beforeAll(async () => {
  tree = await createOrgTree(db);
  township = await actorFor(tree.users.townshipOfficer.id);
  county = await actorFor(tree.users.countyOrganiser.id);
  place = { townshipId: tree.township.id, countyId: tree.county.id };
});

/** A round in a village of its own, with that village's secretary as an actor. */
async function roundWithSecretary(overrides: Parameters<typeof openRoundIn>[2] = {}, pledges = 2) {
  const made = await openRoundIn(place, tree.campaignId, overrides, pledges);
  const user = await createUser(db, { role: "VILLAGE_SECRETARY", prefectureId: tree.prefectureId, countyId: place.countyId, townshipId: place.townshipId, villageId: made.village.id });
  return { ...made, secretary: await actorFor(user.id) };
}

const counts = (s: number, b: number, d: number, u: number) => ({ SATISFIED: String(s), BASICALLY_SATISFIED: String(b), DISSATISFIED: String(d), UNKNOWN: String(u) });
const fields = (pledgeId: string, c: ReturnType<typeof counts>) => Object.fromEntries(Object.entries(c).map(([rating, n]) => [`count:${pledgeId}:${rating}`, n]));
const eventsOf = (pledgeId: string, type: string) => db.pledgeEvent.findMany({ where: { pledgeId, type: type as never }, orderBy: { seq: "asc" } });

describe("the paper tally", () => {
  it("needs a photo of the sheet with the first entry, and keeps it where only staff in reach can fetch it", async () => {
    const { round, pledgeIds, secretary } = await roundWithSecretary();
    const entry = { roundId: round.id, attendees: "50", ...fields(pledgeIds[0]!, counts(30, 12, 5, 2)) };
    expect(await outcomeOf(enterFirstTally(secretary, entry))).toMatchObject({ code: "INVALID", message: "PHOTO_REQUIRED", field: "photo" });
    expect(await outcomeOf(enterFirstTally(secretary, { ...entry, photo: new Blob(["not a photo"], { type: "image/jpeg" }) }))).toMatchObject({
      code: "INVALID", message: "NOT_AN_IMAGE", field: "photo",
    });
    expect(await db.paperTally.count({ where: { roundId: round.id } })).toBe(0);
    const saved = await enterFirstTally(secretary, { ...entry, photo: await tallySheetPhoto() });
    expect(saved.tallies).toEqual([{ pledgeId: pledgeIds[0], status: "AWAITING_SECOND_ENTRY" }]);
    const tally = await db.paperTally.findFirstOrThrow({ where: { roundId: round.id } });
    const photo = await getTallyPhoto(township, tally.id);
    expect((await readFile(photo.file)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(await outcomeOf(getTallyPhoto(await actorFor(tree.siblingUsers.townshipOfficer.id), tally.id))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts only when a second person enters the same numbers, blind to the first", async () => {
    const { round, pledgeIds, secretary } = await roundWithSecretary();
    await enterFirstTally(secretary, { roundId: round.id, attendees: "50", ...fields(pledgeIds[0]!, counts(30, 12, 5, 2)), ...fields(pledgeIds[1]!, counts(20, 20, 8, 2)), photo: await tallySheetPhoto() });
    // What the second person sees has no numbers of the first entry.
    const sheet = await getSecondEntrySheet(township, round.id);
    expect(sheet.tallies).toHaveLength(2);
    expect(JSON.stringify(sheet)).not.toMatch(/"(attendees|firstCounts|SATISFIED)"/);
    expect(JSON.stringify(await getRound(township, round.id))).not.toContain('"firstCounts"');
    expect(await listTallyQueue(township)).toEqual(expect.arrayContaining([expect.objectContaining({ id: round.id, awaiting: 2, disputed: 0 })]));
    // The secretary cannot be the second person; the county organiser is not the township.
    expect(await outcomeOf(enterSecondTally(secretary, { roundId: round.id, attendees: "50", ...fields(pledgeIds[0]!, counts(30, 12, 5, 2)) }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await outcomeOf(enterSecondTally(county, { roundId: round.id, attendees: "50", ...fields(pledgeIds[0]!, counts(30, 12, 5, 2)) }))).toMatchObject({ code: "FORBIDDEN" });
    // The second entry must cover both pledges.
    expect(await outcomeOf(enterSecondTally(township, { roundId: round.id, attendees: "50", ...fields(pledgeIds[0]!, counts(30, 12, 5, 2)) }))).toMatchObject({ message: "TALLY_INCOMPLETE" });
    const second = await enterSecondTally(township, { roundId: round.id, attendees: "50", ...fields(pledgeIds[0]!, counts(30, 12, 5, 2)), ...fields(pledgeIds[1]!, counts(20, 19, 8, 2)) });
    expect(second.tallies).toEqual([
      { pledgeId: pledgeIds[0], status: "CONFIRMED" },
      { pledgeId: pledgeIds[1], status: "DISPUTED" },
    ]);
    expect((await getRound(township, round.id)).tallies.find((tally) => tally.pledgeId === pledgeIds[1])).toMatchObject({ status: "DISPUTED", differs: ["BASICALLY_SATISFIED"] });
    // A confirmed tally is final.
    expect(await outcomeOf(enterFirstTally(secretary, { roundId: round.id, attendees: "50", ...fields(pledgeIds[0]!, counts(1, 1, 1, 1)) }))).toMatchObject({ code: "CONFLICT", message: "TALLY_CONFIRMED" });

    // Closed while one is disputed: the disputed one does not count, and the results say so.
    await closeRound(secretary, { id: round.id, version: round.version, confirm: "yes" });
    const results = await publishedResultsForPledges(pledgeIds);
    expect(results.get(pledgeIds[0]!)).toMatchObject({ byChannel: { PAPER: { SATISFIED: 30, BASICALLY_SATISFIED: 12, DISSATISFIED: 5, UNKNOWN: 2 } }, votes: 49, paperDisputed: 0 });
    expect(results.get(pledgeIds[1]!)).toMatchObject({ votes: 0, paperDisputed: 1, satisfactionRate: null });
    expect((await eventsOf(pledgeIds[1]!, "EVALUATED"))[0]!.payload).toMatchObject({ paperHeldBack: 1, total: { SATISFIED: 0 } });
    for (const pledgeId of pledgeIds) {
      expect((await eventsOf(pledgeId, "TALLY_ENTERED")).map((event) => (event.payload as { entry: string }).entry)).toEqual(["first", "second"]);
      expect(findBrokenLinks(await loadChain(pledgeId))).toEqual([]);
    }
  });

  it("is resolved when one of the two corrects an entry so that both agree", async () => {
    const { round, pledgeIds, secretary } = await roundWithSecretary({}, 1);
    const [pledgeId] = pledgeIds as [string];
    await enterFirstTally(secretary, { roundId: round.id, attendees: "40", ...fields(pledgeId, counts(20, 10, 5, 5)), photo: await tallySheetPhoto() });
    expect((await enterSecondTally(township, { roundId: round.id, attendees: "41", ...fields(pledgeId, counts(20, 10, 5, 5)) })).tallies[0]!.status).toBe("DISPUTED");
    expect((await getRound(secretary, round.id)).tallies[0]!.differs).toEqual(["attendees"]);
    // The secretary recounts: the photo stays, and now both agree.
    expect((await enterFirstTally(secretary, { roundId: round.id, attendees: "41", ...fields(pledgeId, counts(20, 10, 5, 5)) })).tallies[0]!.status).toBe("CONFIRMED");
    expect(await db.paperTally.findFirstOrThrow({ where: { roundId: round.id } })).toMatchObject({ status: "CONFIRMED", attendees: 41, secondAttendees: 41 });
    expect(await listTallyQueue(township)).not.toEqual(expect.arrayContaining([expect.objectContaining({ id: round.id })]));
  });

  it("flags a paper tally with more votes than people at the meeting", async () => {
    const { round, pledgeIds, secretary } = await roundWithSecretary({}, 1);
    const [pledgeId] = pledgeIds as [string];
    await enterFirstTally(secretary, { roundId: round.id, attendees: "30", ...fields(pledgeId, counts(25, 10, 0, 0)), photo: await tallySheetPhoto() });
    await enterSecondTally(township, { roundId: round.id, attendees: "30", ...fields(pledgeId, counts(25, 10, 0, 0)) });
    await closeRound(township, { id: round.id, version: round.version, confirm: "yes" });
    expect((await publishedResultsForPledges([pledgeId])).get(pledgeId)!.flags).toContain("PAPER_ABOVE_ATTENDEES");
  });

  it("cannot be entered once the round is closed", async () => {
    const { round, pledgeIds, secretary } = await roundWithSecretary({}, 1);
    await closeRound(secretary, { id: round.id, version: round.version, confirm: "yes" });
    expect(await outcomeOf(enterFirstTally(secretary, { roundId: round.id, attendees: "30", ...fields(pledgeIds[0]!, counts(1, 1, 1, 1)), photo: await tallySheetPhoto() }))).toMatchObject({
      code: "CONFLICT", message: "ROUND_CLOSED",
    });
    expect(await db.paperTally.count({ where: { roundId: round.id } })).toBe(0);
  });
});

describe("members' votes recorded by the secretary", () => {
  it("count as the member group, one per active member at most, member codes included", async () => {
    const { round, village, pledgeIds, secretary } = await roundWithSecretary();
    for (let i = 0; i < 3; i++) await createMember(db, { villageId: village.id });
    await createMember(db, { villageId: village.id, isActive: false });
    await printCodes(round.id, 1, "MEMBER");
    const ballot = { roundId: round.id, ...ratingsFor(pledgeIds, "SATISFIED") };
    await recordMemberBallot(secretary, { ...ballot, id: "member-ballot-1" });
    // A retried submit records the member once.
    await recordMemberBallot(secretary, { ...ballot, id: "member-ballot-1" });
    await recordMemberBallot(secretary, ballot);
    expect(await outcomeOf(recordMemberBallot(secretary, ballot))).toMatchObject({ code: "CONFLICT", message: "MEMBERS_ALL_VOTED" });
    expect(await outcomeOf(recordMemberBallot(secretary, { roundId: round.id, [`rating:${pledgeIds[0]}`]: "SATISFIED" }))).toMatchObject({ message: "BALLOT_INCOMPLETE" });
    expect(await outcomeOf(recordMemberBallot(township, ballot))).toMatchObject({ code: "FORBIDDEN" });
    const ballots = await db.ballot.findMany({ where: { roundId: round.id } });
    expect(ballots).toHaveLength(2);
    expect(ballots.every((b) => b.group === "MEMBER" && b.channel === "SECRETARY" && b.sourceTag === null)).toBe(true);
  });
});

describe("the results after closing", () => {
  it("are published per pledge with counts per option, channel and group, and the branch then gives its assessment", async () => {
    const { round, pledgeIds, village, secretary } = await roundWithSecretary({}, 1);
    const [pledgeId] = pledgeIds as [string];
    await db.village.update({ where: { id: village.id }, data: { households: 10 } });
    await createMember(db, { villageId: village.id });
    const { codes } = await printCodes(round.id, 4);
    const ratings = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"];
    for (const [i, code] of codes.entries()) await submitBallot({ code, [`rating:${pledgeId}`]: ratings[i] }, freshAddress());
    await recordMemberBallot(secretary, { roundId: round.id, [`rating:${pledgeId}`]: "SATISFIED" });
    expect((await publishedResultsForPledges([pledgeId])).size).toBe(0);
    expect(await publishedRound(round.id)).toBeNull();
    expect(await outcomeOf(assessPledge(secretary, { roundId: round.id, pledgeId, version: 1, assessment: "FULFILLED" }))).toMatchObject({ code: "CONFLICT", message: "ROUND_NOT_CLOSED" });

    await closeRound(secretary, { id: round.id, version: round.version, confirm: "yes" });
    const result = (await publishedResultsForPledges([pledgeId, "no-such-pledge"])).get(pledgeId)!;
    expect(result).toMatchObject({
      roundId: round.id,
      total: { SATISFIED: 2, BASICALLY_SATISFIED: 1, DISSATISFIED: 1, UNKNOWN: 1 },
      byChannel: { CODE: { SATISFIED: 1, BASICALLY_SATISFIED: 1, DISSATISFIED: 1, UNKNOWN: 1 }, SECRETARY: { SATISFIED: 1 } },
      byGroup: { VILLAGER: { SATISFIED: 1 }, MEMBER: { SATISFIED: 1 } },
      votes: 5,
      rated: 4,
      satisfactionRate: 0.75,
      villagerVotes: 4,
      households: 10,
      turnout: 0.4,
      flags: [],
      assessment: null,
    });
    // Public fields only: nothing that could identify a voter.
    expect(JSON.stringify(result)).not.toMatch(/comment|sourceTag|codeHash|actorId/);

    const pledge = await db.pledge.findUniqueOrThrow({ where: { id: pledgeId } });
    expect(await outcomeOf(assessPledge(township, { roundId: round.id, pledgeId, version: pledge.version, assessment: "FULFILLED" }))).toMatchObject({ code: "FORBIDDEN" });
    await assessPledge(secretary, { roundId: round.id, pledgeId, version: pledge.version, assessment: "PARTLY_FULFILLED" });
    expect(await outcomeOf(assessPledge(secretary, { roundId: round.id, pledgeId, version: pledge.version, assessment: "FULFILLED" }))).toMatchObject({ code: "CONFLICT", message: "STALE" });
    expect((await publishedResultsForPledges([pledgeId])).get(pledgeId)!.assessment).toBe("PARTLY_FULFILLED");
    expect(await eventsOf(pledgeId, "ASSESSED")).toMatchObject([{ payload: { roundId: round.id, assessment: "PARTLY_FULFILLED" }, actorId: secretary.userId }]);
    const published = await publishedRound(round.id);
    expect(published?.pledges.map((p) => p.id)).toEqual([pledgeId]);
    expect(published?.pledges[0]).not.toHaveProperty("member");
    // The history of the whole evaluation verifies.
    expect((await loadChain(pledgeId)).map((event) => event.type)).toEqual(expect.arrayContaining(["ROUND_OPENED", "ROUND_CLOSED", "EVALUATED", "ASSESSED"]));
    expect(findBrokenLinks(await loadChain(pledgeId))).toEqual([]);
  });

  it("flag a unanimous 满意 and a burst from one address", async () => {
    const { round, pledgeIds, secretary } = await roundWithSecretary({}, 1);
    const [pledgeId] = pledgeIds as [string];
    const { codes } = await printCodes(round.id, 22);
    const address = freshAddress();
    for (const code of codes) await submitBallot({ code, [`rating:${pledgeId}`]: "SATISFIED" }, address);
    await closeRound(secretary, { id: round.id, version: round.version, confirm: "yes" });
    expect((await publishedResultsForPledges([pledgeId])).get(pledgeId)!.flags).toEqual(expect.arrayContaining(["ALL_SATISFIED", "BURST_FROM_ONE_ADDRESS"]));
  });
});
