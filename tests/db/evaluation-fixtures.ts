// What the evaluation db tests share: rounds over finished pledges in a village of their own,
// codes whose clear text the test knows (stored as the app stores them: keyed hashes only), a
// photo of a tally sheet, and fresh client addresses.
import sharp from "sharp";
import { db } from "@/lib/db";
import { formatCode, hashCode, newCodes } from "@/lib/evaluation/codes";
import { hashSecret } from "@/lib/evaluation/secret";
import type { RaterGroup } from "@/lib/generated/prisma/enums";
import { createEvaluationRound, createPledge, createVillage, type RoundOverrides } from "../factories";

let addressSerial = 0;
/** An address no other test has used (the ballot throttle counts per address). */
export const freshAddress = () => `203.0.113.${++addressSerial}-${process.pid}-${Date.now() % 100000}`;

/** A village of its own in the given township, with finished pledges to evaluate. */
export async function villageWithPledges(place: { townshipId: string; countyId: string }, campaignId: string, count = 2, households = 120) {
  const village = await createVillage(db, { ...place, households });
  const pledges = [];
  for (let i = 0; i < count; i++) {
    pledges.push(await createPledge(db, { villageId: village.id, campaignId, status: i % 2 ? "PARTLY_DONE" : "DONE", dueOn: new Date("2026-11-01T00:00:00Z") }));
  }
  return { village, pledgeIds: pledges.map((pledge) => pledge.id) };
}

/** A round (default: open since an hour ago, for a week) over a fresh village's pledges. */
export async function openRoundIn(place: { townshipId: string; countyId: string }, campaignId: string, overrides: RoundOverrides = {}, pledgeCount = 2) {
  const { village, pledgeIds } = await villageWithPledges(place, campaignId, pledgeCount);
  const round = await createEvaluationRound(db, { villageId: village.id, campaignId, pledgeIds, ...overrides });
  return { round, village, pledgeIds };
}

/** A batch of codes for a round, stored the app's way; returns the codes as printed on the slips. */
export async function printCodes(roundId: string, count: number, group: RaterGroup = "VILLAGER") {
  const codes = newCodes(count);
  const batch = await db.ballotBatch.create({ data: { roundId, group, count } });
  await db.ballotCode.createMany({ data: codes.map((code) => ({ batchId: batch.id, roundId, codeHash: hashCode(code, hashSecret()) })) });
  return { batch, codes: codes.map(formatCode) };
}

/** A whole ballot for these pledges: every one rated. */
export function ratingsFor(pledgeIds: readonly string[], rating = "SATISFIED", more: Record<string, string> = {}) {
  return { ...Object.fromEntries(pledgeIds.map((id) => [`rating:${id}`, rating])), ...more };
}

/** A small but real JPEG, as a phone would upload it. */
export async function tallySheetPhoto(): Promise<Blob> {
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#f4efe4" } }).jpeg().toBuffer();
  return new Blob([new Uint8Array(data)], { type: "image/jpeg" });
}
