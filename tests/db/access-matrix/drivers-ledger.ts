// How each lib/ledger function of the matrix is called and what it must show (spread into
// drivers.ts): an export holds exactly the target unit's pledges of the current campaign; an
// import of a one-village roster for the target county reports it clean (dry run, writing
// nothing) or writes that village (commit); a refusal writes nothing.
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { openLedgerExport } from "@/lib/ledger/export";
import { commitImport, dryRunImport } from "@/lib/ledger/import";
import { outcomeOf } from "../helpers";
import type { LedgerFn, Outcome } from "./case-table";
import { id, nameOf } from "./world";

type OneDriver = (actor: Actor, target: string, expected: Outcome) => Promise<void>;

const kindOf = (symbol: string) => symbol.replace(/^X\./, "")[0] as "P" | "C" | "T" | "V";
const LEVEL = { C: "county", T: "township", V: "village" } as const;
const unitOf = (symbol: string) => (kindOf(symbol) === "P" ? undefined : `${LEVEL[kindOf(symbol) as "C" | "T" | "V"]}:${id(symbol)}`);

async function pledgesUnder(symbol: string): Promise<string[]> {
  const kind = kindOf(symbol);
  const where = kind === "P" ? { county: { prefectureId: id(symbol) } } : kind === "C" ? { countyId: id(symbol) } : kind === "T" ? { townshipId: id(symbol) } : { villageId: id(symbol) };
  return (await db.pledge.findMany({ where: { ...where, campaign: { isCurrent: true } }, select: { id: true } })).map((p) => p.id).sort();
}

let serial = 0;
/** A roster with one new village in the target county's first township. */
async function roster(county: string) {
  const township = await db.township.findFirstOrThrow({ where: { countyId: id(county) }, orderBy: { name: "asc" } });
  const village = `矩阵导入村${++serial}-${Date.now() % 100000}`;
  const text = `类型,县（市）,乡（镇）,村（社）,户数,牧区,姓名,手机号,技能\r\n村,${await nameOf(county)},${township.name},${village},10,,,,`;
  return { village, file: { name: "roster.csv", bytes: new TextEncoder().encode(text) } };
}

const OUT_OF_REACH = new Set(["COUNTY_OUT_OF_SCOPE", "COUNTY_UNKNOWN", "TOWNSHIP_UNKNOWN"]);
type Report = { ok: boolean; problems: { code: string }[] };
/** A report whose only problems say the county is not in reach reads as NOT_FOUND. */
function codeOf(outcome: Awaited<ReturnType<typeof outcomeOf>>, report: (value: unknown) => Report): Outcome {
  if (outcome.code !== "ok") return outcome.code as Outcome;
  const r = report(outcome.value);
  if (r.ok) return "ok";
  expect(r.problems.every((p) => OUT_OF_REACH.has(p.code)), JSON.stringify(r.problems)).toBe(true);
  return "NOT_FOUND";
}

export const LEDGER_ONE: Record<LedgerFn, OneDriver> = {
  openLedgerExport: async (actor, target, expected) => {
    const outcome = await outcomeOf(async () => {
      const file = await openLedgerExport(actor, { format: "csv", unit: unitOf(target) });
      return new TextDecoder().decode(new Uint8Array(await new Response(file.body).arrayBuffer()));
    });
    expect(outcome.code).toBe(expected);
    if (outcome.code !== "ok") return expect(outcome).toMatchObject({ message: outcome.code });
    const lines = (outcome.value as string).replace(/^\uFEFF/, "").trim().split("\r\n").slice(1);
    const ids = lines.map((line) => line.split(",")[0]!).sort();
    expect(ids).toEqual(await pledgesUnder(target));
    expect(ids.length).toBeGreaterThan(0);
  },
  dryRunImport: async (actor, target, expected) => {
    const { village, file } = await roster(target);
    const outcome = await outcomeOf(dryRunImport(actor, file));
    expect(codeOf(outcome, (value) => value as Report)).toBe(expected);
    expect(await db.village.count({ where: { name: village } })).toBe(0);
  },
  commitImport: async (actor, target, expected) => {
    const { village, file } = await roster(target);
    const outcome = await outcomeOf(commitImport(actor, file));
    expect(codeOf(outcome, (value) => (value as { report: Report }).report)).toBe(expected);
    expect(await db.village.count({ where: { name: village, countyId: id(target) } })).toBe(expected === "ok" ? 1 : 0);
    expect(await db.village.count({ where: { name: village } })).toBe(expected === "ok" ? 1 : 0);
  },
};
