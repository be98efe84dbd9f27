// A village's party members: planned from the village's own random stream, then written.
import type { Tx } from "@/lib/db";
import { createMembers, day, deriveSeed, localName, Rng } from "@/tests/factories";
import * as words from "./data";
import { workMoment } from "./moments";
import type { VillageContext } from "./places-and-accounts";
import { DEMO_VILLAGE, SEED } from "./settings";

export type PlannedMember = { name: string; skills: string[]; phone: boolean; isActive: boolean };

/** The branch secretary's name: the same for the member and for the staff account. */
export function secretaryName(village: string): string {
  if (village === DEMO_VILLAGE) return "韩永福";
  const pastoral = words.HAIXI.some((c) => c.townships.some((t) => t.villages.some(([name, p]) => name === village && p)));
  return localName(new Rng(deriveSeed(SEED, "secretary", village)), pastoral);
}

/** A mainland mobile number for a villager. */
export function villagerPhone(rng: Rng): string {
  return `1${rng.pick(["3", "5", "8"])}${String(rng.int(0, 999_999_999)).padStart(9, "0")}`;
}

/** The branch secretary first; herders in pastoral villages; now and then one who moved away. */
export function planMembers(rng: Rng, ctx: VillageContext, isDemo: boolean): PlannedMember[] {
  const skillWeights = ctx.isPastoral ? words.PASTORAL_SKILLS : words.FARMING_SKILLS;
  const memberCount = isDemo ? 18 : rng.int(8, 25);
  const members: PlannedMember[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < memberCount; i++) {
    let name = i === 0 ? secretaryName(ctx.name) : localName(rng, ctx.isPastoral);
    for (let tries = 0; taken.has(name) && tries < 8; tries++) name = localName(rng, ctx.isPastoral);
    if (taken.has(name)) continue;
    taken.add(name);
    const first = rng.weighted(skillWeights);
    const skills = rng.chance(0.4) ? [first, rng.weighted(skillWeights)].filter((s, k, all) => all.indexOf(s) === k) : [first];
    members.push({ name, skills, phone: rng.chance(ctx.isPastoral ? 0.45 : 0.7), isActive: true });
  }
  // A member who moved away: kept, inactive, with no pledges.
  if (!isDemo && rng.chance(0.15)) members[members.length - 1]!.isActive = false;
  return members;
}

export async function writeMembers(tx: Tx, rng: Rng, ctx: VillageContext, planned: readonly PlannedMember[]) {
  return createMembers(
    tx,
    ctx.villageId,
    planned.map((m) => ({
      name: m.name,
      skills: m.skills.join("、"),
      phone: m.phone ? villagerPhone(rng) : null,
      isActive: m.isActive,
      createdAt: workMoment(rng, day("2026-03-01"), day("2026-03-05")),
    })),
  );
}
