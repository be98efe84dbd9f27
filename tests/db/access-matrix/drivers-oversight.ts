// How each lib/oversight function of the matrix is called and what an allowed read must show
// (spread into drivers.ts): exactly the target unit's children, weak links only from inside it,
// and chart counts of its own pledges. A refusal says nothing but its code.
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import * as oversight from "@/lib/oversight/queries";
import { outcomeOf } from "../helpers";
import type { OversightFn, Outcome } from "./case-table";
import { id } from "./world";

type OneDriver = (actor: Actor, target: string, expected: Outcome) => Promise<void>;

const kindOf = (symbol: string) => symbol.replace(/^X\./, "")[0] as "P" | "C" | "T" | "V";
const LEVEL = { C: "county", T: "township", V: "village" } as const;

/** The `?unit=` value a target symbol stands for; the prefecture is the default unit. */
function unitOf(symbol: string): string | undefined {
  const kind = kindOf(symbol);
  return kind === "P" ? undefined : `${LEVEL[kind]}:${id(symbol)}`;
}

/** The villages under a target unit. */
async function villagesUnder(symbol: string): Promise<string[]> {
  const kind = kindOf(symbol);
  const where = kind === "P" ? { county: { prefectureId: id(symbol) } } : kind === "C" ? { countyId: id(symbol) } : kind === "T" ? { townshipId: id(symbol) } : { id: id(symbol) };
  return (await db.village.findMany({ where, select: { id: true } })).map((v) => v.id);
}

/** The ids the target's matrix must have one row each for. */
async function childrenOf(symbol: string): Promise<string[]> {
  const kind = kindOf(symbol);
  const rows =
    kind === "P" ? await db.county.findMany({ where: { prefectureId: id(symbol) }, select: { id: true } })
    : kind === "C" ? await db.township.findMany({ where: { countyId: id(symbol) }, select: { id: true } })
    : kind === "T" ? await db.village.findMany({ where: { townshipId: id(symbol) }, select: { id: true } })
    : [{ id: id(symbol) }];
  return rows.map((row) => row.id).sort();
}

const checked =
  (call: (actor: Actor, unit: string | undefined) => Promise<unknown>, effect: (value: unknown, target: string) => Promise<void>): OneDriver =>
  async (actor, target, expected) => {
    const outcome = await outcomeOf(() => call(actor, unitOf(target)));
    expect(outcome.code).toBe(expected);
    if (outcome.code === "ok") await effect(outcome.value, target);
    else expect(outcome).toMatchObject({ message: outcome.code });
  };

export const OVERSIGHT_ONE: Record<OversightFn, OneDriver> = {
  getCoverage: checked(
    (actor, unit) => oversight.getCoverage(actor, { unit }),
    async (value, target) => {
      const { rows } = value as Awaited<ReturnType<typeof oversight.getCoverage>>;
      expect(rows.map((row) => row.id).sort()).toEqual(await childrenOf(target));
    },
  ),
  listWeakLinks: checked(
    (actor, unit) => oversight.listWeakLinks(actor, { kind: "membersWithout", unit }),
    async (value, target) => {
      const { rows, total } = value as Awaited<ReturnType<typeof oversight.listWeakLinks>>;
      const inside = new Set(await villagesUnder(target));
      // Every target has at least one member without a pledge (M.<village>, NP.<village>) in it.
      expect(total).toBeGreaterThan(0);
      expect(rows.filter((row) => !inside.has(row.villageId))).toEqual([]);
    },
  ),
  getOversightCharts: checked(
    (actor, unit) => oversight.getOversightCharts(actor, { unit }),
    async (value, target) => {
      const { byStatus } = value as Awaited<ReturnType<typeof oversight.getOversightCharts>>;
      const count = await db.pledge.count({ where: { villageId: { in: await villagesUnder(target) }, campaign: { isCurrent: true } } });
      expect(byStatus.reduce((sum, row) => sum + row.count, 0)).toBe(count);
      expect(count).toBeGreaterThan(0);
    },
  ),
};
