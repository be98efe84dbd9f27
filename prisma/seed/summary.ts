// The last stages: the good practice the prefecture picks out, and the one line that sums up the demo.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createGoodPractice, day } from "@/tests/factories";
import * as words from "./data";
import type { VillageContext } from "./places-and-accounts";
import { DEMO_PASSWORD } from "./settings";
import type { VillageTotals } from "./villages";

export async function pickGoodPractices(db: PrismaClient, contexts: readonly VillageContext[], prefectureOrganiserId: string) {
  for (const practice of words.GOOD_PRACTICES) {
    const village = contexts.find((c) => c.name === practice.village)!;
    const pledge = practice.pledgeOfVillage
      ? await db.pledge.findFirst({ where: { villageId: village.villageId, status: "DONE" }, orderBy: { createdAt: "asc" }, select: { id: true } })
      : null;
    await createGoodPractice(db, { villageId: village.villageId, pledgeId: pledge?.id ?? null, note: practice.note, createdById: prefectureOrganiserId, createdAt: day("2026-11-18") });
  }
}

export async function summarise(db: PrismaClient, villages: number, totals: VillageTotals, started: number): Promise<string> {
  const events = await db.pledgeEvent.count();
  const users = await db.user.count();
  const townships = words.HAIXI.reduce((n, c) => n + c.townships.length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return (
    `海西州: ${words.HAIXI.length} counties, ${townships} townships, ${villages} villages, ${totals.members} members, ` +
    `${totals.pledges} pledges (${events} history events), ${totals.rounds} evaluation rounds (${totals.ballots} ballots), ` +
    `${users} staff accounts (password ${DEMO_PASSWORD}, e.g. 13900000001–13900000005) in ${seconds} s`
  );
}
