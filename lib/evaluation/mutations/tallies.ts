import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { appendPledgeEvent } from "@/lib/history/append-event";
import { processPhoto, removeStoredPhotos, storePhoto, type ProcessedPhoto } from "@/lib/pledges/evidence";
import { parseInput } from "@/lib/schemas";
import { FieldsError } from "../field-errors";
import { canEnterSecondTally, canWriteForBranch } from "../policy";
import { countsFromJson } from "../results";
import { canEnterTallies } from "../round-phase";
import { ZFirstTallyInput, ZSecondTallyInput } from "../schemas";
import { checkTallyCounts, entriesAgree, type TallyRow } from "../tally";
import { lockRound, roundInReach } from "./shared";

// The mass meeting's paper tally (纸质计票), entered twice by two people: the secretary with a
// photo of the tally sheet, then the township officer, who does not see the first numbers. Only
// when both agree (counts and people present) does a tally count; otherwise it is DISPUTED and
// held back until one of them corrects their entry so that the two agree. Every entry is a
// TALLY_ENTERED event in the pledge's history.

async function tallyPhoto(photo: Blob): Promise<ProcessedPhoto> {
  try {
    return await processPhoto(photo, { keepLocation: false });
  } catch (error) {
    if (isAppError(error) && error.field === "files") throw new AppError(error.code, error.message, "photo");
    throw error;
  }
}

async function roundForTally(tx: Tx, roundId: string) {
  const phase = await lockRound(tx, roundId);
  if (!canEnterTallies(phase)) throw new AppError("CONFLICT", phase === "CLOSED" ? "ROUND_CLOSED" : "ROUND_NOT_OPEN");
}

function checked(counts: Record<string, Record<string, unknown>>, pledgeIds: readonly string[], required: readonly string[] = []): TallyRow[] {
  const check = checkTallyCounts(counts, pledgeIds, required);
  if (!check.ok) throw new FieldsError(check.formError, check.fieldErrors);
  return check.rows;
}

/**
 * The secretary's entry of the meeting's tally: people present, and the four counts of each
 * pledge voted on. The photo of the sheet is required the first time (PHOTO_REQUIRED on photo)
 * and replaces the earlier one when given again. Before the second entry, or while disputed,
 * the secretary may enter again (a correction); a confirmed tally is final (TALLY_CONFIRMED).
 */
export async function enterFirstTally(actor: Actor, raw: unknown) {
  const input = parseInput(ZFirstTallyInput, raw);
  const round = await roundInReach(actor, input.roundId);
  if (!canWriteForBranch(actor, round.place)) throw new AppError("FORBIDDEN");
  if (!round.groups.includes("VILLAGER")) throw new AppError("INVALID", "GROUP_NOT_IN_ROUND");
  const rows = checked(input.counts, round.pledgeIds);
  const existing = await db.paperTally.findMany({ where: { roundId: round.id, group: "VILLAGER" }, select: { pledgeId: true, photoKey: true } });
  if (!input.photo && rows.some((row) => !existing.find((tally) => tally.pledgeId === row.pledgeId)?.photoKey)) {
    throw new AppError("INVALID", "PHOTO_REQUIRED", "photo");
  }
  const photo = input.photo ? await tallyPhoto(input.photo) : null;
  const stored: string[] = [];
  try {
    if (photo) stored.push(await storePhoto(photo));
    return await db.$transaction(async (tx) => {
      await roundForTally(tx, round.id);
      const results: { pledgeId: string; status: string }[] = [];
      for (const row of rows) {
        const tally = await tx.paperTally.findUnique({ where: { roundId_pledgeId_group: { roundId: round.id, pledgeId: row.pledgeId, group: "VILLAGER" } } });
        if (tally?.status === "CONFIRMED") throw new AppError("CONFLICT", "TALLY_CONFIRMED");
        const second = tally?.secondCounts ? { counts: countsFromJson(tally.secondCounts), attendees: tally.secondAttendees ?? -1 } : null;
        const status = !second ? "AWAITING_SECOND_ENTRY" : entriesAgree({ counts: row.counts, attendees: input.attendees }, second) ? "CONFIRMED" : "DISPUTED";
        const data = { attendees: input.attendees, firstCounts: row.counts, firstById: actor.userId, status, ...(stored[0] ? { photoKey: stored[0] } : {}) } as const;
        const saved = tally
          ? await tx.paperTally.update({ where: { id: tally.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } })
          : await tx.paperTally.create({ data: { ...data, roundId: round.id, pledgeId: row.pledgeId, group: "VILLAGER" }, select: { id: true } });
        await appendPledgeEvent(tx, {
          pledgeId: row.pledgeId,
          type: "TALLY_ENTERED",
          payload: {
            roundId: round.id, tallyId: saved.id, entry: "first", group: "VILLAGER", attendees: input.attendees, counts: row.counts, status,
            ...(photo ? { photo: photo.sha256 } : {}),
          },
          actorId: actor.userId,
        });
        results.push({ pledgeId: row.pledgeId, status });
      }
      return { roundId: round.id, tallies: results };
    });
  } catch (error) {
    await removeStoredPhotos(stored);
    throw error;
  }
}

/**
 * The township officer's entry of the same tally, blind to the first: it must cover every pledge
 * the secretary entered (REQUIRED on the missing counts). Equal entries confirm the tally; any
 * difference holds it as DISPUTED. The officer may enter again while disputed. The person who
 * made the first entry cannot make the second (SAME_PERSON).
 */
export async function enterSecondTally(actor: Actor, raw: unknown) {
  const input = parseInput(ZSecondTallyInput, raw);
  const round = await roundInReach(actor, input.roundId);
  if (!canEnterSecondTally(actor, round.place)) throw new AppError("FORBIDDEN");
  const open = await db.paperTally.findMany({
    where: { roundId: round.id, group: "VILLAGER", status: { in: ["AWAITING_SECOND_ENTRY", "DISPUTED"] } },
    select: { pledgeId: true },
  });
  if (open.length === 0) throw new AppError("CONFLICT", "NOTHING_TO_CONFIRM");
  const rows = checked(input.counts, round.pledgeIds, open.map((tally) => tally.pledgeId));
  return db.$transaction(async (tx) => {
    await roundForTally(tx, round.id);
    const results: { pledgeId: string; status: string }[] = [];
    for (const row of rows) {
      const tally = await tx.paperTally.findUnique({ where: { roundId_pledgeId_group: { roundId: round.id, pledgeId: row.pledgeId, group: "VILLAGER" } } });
      if (!tally) throw new AppError("INVALID", "NO_FIRST_ENTRY");
      if (tally.status === "CONFIRMED") throw new AppError("CONFLICT", "TALLY_CONFIRMED");
      if (tally.firstById === actor.userId) throw new AppError("FORBIDDEN", "SAME_PERSON");
      const status = entriesAgree({ counts: countsFromJson(tally.firstCounts), attendees: tally.attendees }, { counts: row.counts, attendees: input.attendees })
        ? "CONFIRMED"
        : "DISPUTED";
      await tx.paperTally.update({
        where: { id: tally.id },
        data: { secondCounts: row.counts, secondAttendees: input.attendees, secondById: actor.userId, status, version: { increment: 1 } },
      });
      await appendPledgeEvent(tx, {
        pledgeId: row.pledgeId,
        type: "TALLY_ENTERED",
        payload: { roundId: round.id, tallyId: tally.id, entry: "second", group: "VILLAGER", attendees: input.attendees, counts: row.counts, status },
        actorId: actor.userId,
      });
      results.push({ pledgeId: row.pledgeId, status });
    }
    return { roundId: round.id, tallies: results };
  });
}
