// Each village in turn (a few at a time): planned from its own random stream, so the order the
// pool finishes in changes nothing, then written in one transaction.
import type { Tx } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deriveSeed, Rng } from "@/tests/factories";
import { writeEvaluation } from "./evaluations";
import { planMembers, writeMembers } from "./members";
import { planOpinions, planProblems, writeOpinions, writeProblems } from "./opinions-and-problems";
import type { VillageContext } from "./places-and-accounts";
import { planPledges, writePledges } from "./pledges";
import { SEED } from "./settings";
import { villageShape } from "./village-shape";

export type VillageTotals = { members: number; pledges: number; ballots: number; rounds: number };

/** Everything a village will hold; pure: all randomness from the village's own stream. */
function planVillage(ctx: VillageContext) {
  const rng = new Rng(deriveSeed(SEED, ctx.countyName, ctx.townshipName, ctx.name));
  const shape = villageShape(ctx.name);
  const members = planMembers(rng, ctx, shape.isDemo);
  const problems = planProblems(rng, ctx, shape);
  const pledges = planPledges(rng, ctx, shape, members, problems);
  const opinions = planOpinions(rng, ctx, problems);
  return { rng, shape, members, problems, pledges, opinions };
}

async function writeVillage(tx: Tx, ctx: VillageContext, plan: ReturnType<typeof planVillage>): Promise<VillageTotals> {
  const { rng, shape } = plan;
  const members = await writeMembers(tx, rng, ctx, plan.members);
  const problems = await writeProblems(tx, rng, ctx, plan);
  await writeOpinions(tx, rng, ctx, plan.opinions, problems);
  const pledges = await writePledges(tx, ctx, plan.pledges, members, problems);
  const totals: VillageTotals = { members: members.length, pledges: pledges.length, ballots: 0, rounds: 0 };
  if (!shape.evaluated && !shape.openRound) return totals;
  return { ...totals, ...(await writeEvaluation(tx, rng, ctx, shape, pledges, members)) };
}

async function runPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        await work(item);
      }
    }),
  );
}

/** Plans and writes every village, three at a time; returns what they hold between them. */
export async function seedVillages(db: PrismaClient, contexts: readonly VillageContext[]): Promise<VillageTotals> {
  const totals: VillageTotals = { members: 0, pledges: 0, ballots: 0, rounds: 0 };
  await runPool(contexts, 3, async (ctx) => {
    const plan = planVillage(ctx);
    const result = await db.$transaction((tx) => writeVillage(tx, ctx, plan), { timeout: 300_000, maxWait: 300_000 });
    totals.members += result.members;
    totals.pledges += result.pledges;
    totals.ballots += result.ballots;
    totals.rounds += result.rounds;
  });
  return totals;
}
