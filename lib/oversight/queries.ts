import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toIsoDay } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { PledgeStatus, ProblemArea } from "@/lib/generated/prisma/enums";
import { countyScope, townshipScope, villageScope } from "@/lib/org/scope";
import { childLevelOf, parseUnitParam, rollUp, type CoverageRow, type UnitLevel, type VillageFigures } from "./coverage";
import { refreshFigures } from "./rollup";
import { DUE_SOON, FLAGGED, OVERDUE, PUBLIC_ALL, RATINGS_CTES, unitFilter } from "./sql";
import { ROW_KIND, WEAK_PAGE_SIZE, type WeakKind } from "./weak-kinds";

// Oversight (督导) for organisers and township officers: coverage of the current campaign for the
// actor's part of the tree, the weak-link lists behind each number, and chart data. The coverage
// and the charts read the per-village roll-up (rollup.ts) plus two live counts; the weak-link lists
// are SQL over the unit's rows, filtered by the denormalised countyId / townshipId / villageId
// columns (indexed), a page at a time, never a load of every pledge. Department officers and village
// secretaries have no oversight: the dashboard is NOT_FOUND for them (a department sees its paired
// villages' boards, a secretary his own village's pages).

export type OversightUnit = {
  level: UnitLevel;
  id: string;
  name: string;
  /** From the actor's own unit down to this one, this one last. */
  trail: { level: UnitLevel; id: string; name: string }[];
  /** Only for a village: its public board's slug. */
  slug?: string;
};

type UnitInput = { unit?: string };

/** The unit the actor looks at (`?unit=`; his own unit when absent): NOT_FOUND outside his reach. */
async function resolveUnit(actor: Actor, input: UnitInput): Promise<OversightUnit> {
  const home = await homeUnit(actor);
  const wanted = parseUnitParam(input.unit);
  if (!wanted) {
    if (input.unit) throw new AppError("NOT_FOUND");
    return { ...home, trail: [home] };
  }
  if (wanted.level === "county") {
    const county = await db.county.findFirst({ where: { AND: [{ id: wanted.id }, countyScope(actor)] }, select: { id: true, name: true } });
    if (!county) throw new AppError("NOT_FOUND");
    const self = { level: "county" as const, ...county };
    return { ...self, trail: home.level === "county" ? [self] : [home, self] };
  }
  if (wanted.level === "township") {
    const township = await db.township.findFirst({
      where: { AND: [{ id: wanted.id }, townshipScope(actor)] },
      select: { id: true, name: true, county: { select: { id: true, name: true } } },
    });
    if (!township) throw new AppError("NOT_FOUND");
    const self = { level: "township" as const, id: township.id, name: township.name };
    const county = { level: "county" as const, ...township.county };
    return { ...self, trail: trailFrom(home, [county, self]) };
  }
  const village = await db.village.findFirst({
    where: { AND: [{ id: wanted.id }, villageScope(actor)] },
    select: { id: true, name: true, slug: true, township: { select: { id: true, name: true } }, county: { select: { id: true, name: true } } },
  });
  if (!village) throw new AppError("NOT_FOUND");
  const self = { level: "village" as const, id: village.id, name: village.name };
  return {
    ...self,
    slug: village.slug,
    trail: trailFrom(home, [{ level: "county", ...village.county }, { level: "township", ...village.township }, self]),
  };
}

/** The actor's home unit followed by the part of `path` below it. */
function trailFrom(home: { level: UnitLevel; id: string; name: string }, path: { level: UnitLevel; id: string; name: string }[]) {
  const at = path.findIndex((step) => step.level === home.level && step.id === home.id);
  return [home, ...path.slice(at + 1)];
}

async function homeUnit(actor: Actor): Promise<{ level: UnitLevel; id: string; name: string }> {
  switch (actor.role) {
    case "PREFECTURE_ORGANISER": {
      const prefecture = await db.prefecture.findUniqueOrThrow({ where: { id: actor.prefectureId }, select: { id: true, name: true } });
      return { level: "prefecture", ...prefecture };
    }
    case "COUNTY_ORGANISER": {
      const county = actor.countyId ? await db.county.findUnique({ where: { id: actor.countyId }, select: { id: true, name: true } }) : null;
      if (!county) throw new AppError("NOT_FOUND");
      return { level: "county", ...county };
    }
    case "TOWNSHIP_OFFICER": {
      const township = actor.townshipId ? await db.township.findUnique({ where: { id: actor.townshipId }, select: { id: true, name: true } }) : null;
      if (!township) throw new AppError("NOT_FOUND");
      return { level: "township", ...township };
    }
    default:
      throw new AppError("NOT_FOUND");
  }
}

const STATUSES = Object.values(PledgeStatus);
const AREAS = Object.values(ProblemArea);

/** The China-time calendar day, as the lifecycle counts deadlines. */
const today = () => toIsoDay(new Date());

/** A village's figures as the roll-up keeps them (all but the two that move with the calendar). */
type RollupRow = Omit<VillageFigures, "overdue" | "dueSoon">;

/**
 * The figures of every village of the unit: the roll-up's rows (brought up to date first) and
 * the two counts that move with the calendar, overdue and due within 7 days, counted live (the
 * first from a partial index of open pledges without explanation, the second over one week).
 */
async function villageFigures(unit: OversightUnit, campaignId: string): Promise<VillageFigures[]> {
  await refreshFigures(unit, campaignId);
  const day = today();
  const [rows, overdue, dueSoon] = await Promise.all([
    db.$queryRaw<RollupRow[]>`
      SELECT v.id AS "villageId", v."townshipId", v."countyId", v.households,
        coalesce(f."focusProblems", 0) AS "focusProblems", coalesce(f."unplannedFocus", 0) AS "unplannedFocus",
        coalesce(f."branchPledges", 0) AS "branchPledges", coalesce(f.members, 0) AS members, coalesce(f."membersPledged", 0) AS "membersPledged",
        coalesce(f.vague, 0) AS vague, coalesce(f."firstDueOn" < ${day}::date, false) AS "hasPastDue", coalesce(f.evaluated, false) AS evaluated,
        coalesce(f.satisfied, 0) AS satisfied, coalesce(f."basicallySatisfied", 0) AS "basicallySatisfied", coalesce(f.dissatisfied, 0) AS dissatisfied,
        coalesce(f.anomalies, 0) AS anomalies
      FROM "Village" v LEFT JOIN "OversightFigures" f ON f."campaignId" = ${campaignId} AND f."villageId" = v.id
      WHERE ${unitFilter("v", unit, "id")}`,
    liveCounts(unit, campaignId, OVERDUE(day)),
    liveCounts(unit, campaignId, DUE_SOON(day)),
  ]);
  return rows.map((row) => ({ ...row, overdue: overdue.get(row.villageId) ?? 0, dueSoon: dueSoon.get(row.villageId) ?? 0 }));
}

/** Per village of the unit, its pledges of the campaign matching `condition`. */
async function liveCounts(unit: OversightUnit, campaignId: string, condition: Prisma.Sql): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ villageId: string; n: number }[]>`
    SELECT p."villageId", count(*)::int AS n FROM "Pledge" p
    WHERE p."campaignId" = ${campaignId} AND ${unitFilter("p", unit)} AND ${condition}
    GROUP BY p."villageId"`;
  return new Map(rows.map((row) => [row.villageId, row.n]));
}

/** The unit's children (counties, townships or villages), by name; a village's "child" is itself. */
async function childrenOf(unit: OversightUnit): Promise<{ id: string; name: string }[]> {
  const byName = { orderBy: { name: "asc" as const }, select: { id: true, name: true } };
  switch (unit.level) {
    case "prefecture": return db.county.findMany({ where: { prefectureId: unit.id }, ...byName });
    case "county": return db.township.findMany({ where: { countyId: unit.id }, ...byName });
    case "township": return db.village.findMany({ where: { townshipId: unit.id }, ...byName });
    case "village": return [{ id: unit.id, name: unit.name }];
  }
}

/**
 * The coverage matrix of a unit in the actor's reach (his own when `unit` is absent): one row per
 * child unit, and the unit's total. Current campaign only.
 */
export async function getCoverage(actor: Actor, input: UnitInput = {}) {
  const unit = await resolveUnit(actor, input);
  const campaign = await getCurrentCampaign(actor.prefectureId);
  const [children, villages] = await Promise.all([childrenOf(unit), villageFigures(unit, campaign.id)]);
  const childLevel = childLevelOf(unit.level) ?? "village";
  const keyOf = (v: VillageFigures) => (childLevel === "county" ? v.countyId : childLevel === "township" ? v.townshipId : v.villageId);
  const { rows, total } = rollUp(children, villages, keyOf);
  return { unit, childLevel, campaign: { id: campaign.id, name: campaign.name }, rows, total: { ...total, name: unit.name } as CoverageRow, asOf: today() };
}

export type WeakRow = {
  id: string;
  /** A member's name, a pledge's action or a problem's title; the village's name for a village row. */
  title: string;
  villageId: string;
  villageName: string;
  villageSlug: string;
  townshipName: string;
  /** Pledges: status and due day; problems: none. */
  status: PledgeStatus | null;
  dueOn: string | null;
  /** Pledges: the vagueness flags or the override reason; anomalies: what is odd about it. */
  detail: string | null;
  /** Anomalies: counts behind the flag. */
  numbers: { rated: number; satisfied: number; villagers: number; households: number } | null;
};

type RawWeakRow = Omit<WeakRow, "dueOn" | "numbers"> & {
  dueOn: Date | null;
  rated: number | null;
  satisfied: number | null;
  villagers: number | null;
  households: number | null;
  total: bigint | number;
};

const VILLAGE_COLUMNS = Prisma.sql`v.id AS "villageId", v.name AS "villageName", v.slug AS "villageSlug", tw.name AS "townshipName"`;

function weakSql(kind: WeakKind, unit: OversightUnit, campaignId: string, day: string): Prisma.Sql {
  const villages = Prisma.sql`"Village" v JOIN "Township" tw ON tw.id = v."townshipId"`;
  const villageRow = (condition: Prisma.Sql) => Prisma.sql`
    SELECT v.id, v.name AS title, ${VILLAGE_COLUMNS}, NULL::text AS status, NULL::date AS "dueOn", NULL::text AS detail,
      NULL::int AS rated, NULL::int AS satisfied, NULL::int AS villagers, NULL::int AS households
    FROM ${villages} WHERE ${unitFilter("v", unit, "id")} AND ${condition}`;
  const focusOf = (extra: Prisma.Sql) =>
    Prisma.sql`EXISTS (SELECT 1 FROM "Problem" pr LEFT JOIN "Plan" pl ON pl."problemId" = pr.id WHERE pr."villageId" = v.id AND pr."campaignId" = ${campaignId} AND pr."isFocus" ${extra})`;
  const pledgeRow = (condition: Prisma.Sql) => Prisma.sql`
    SELECT p.id, p.action AS title, ${VILLAGE_COLUMNS}, p.status::text AS status, p."dueOn",
      CASE WHEN p."overrideReason" IS NOT NULL THEN p."overrideReason" ELSE array_to_string(p."vagueFlags", ',') END AS detail,
      NULL::int AS rated, NULL::int AS satisfied, NULL::int AS villagers, NULL::int AS households
    FROM "Pledge" p JOIN ${villages} ON v.id = p."villageId"
    WHERE p."campaignId" = ${campaignId} AND ${unitFilter("p", unit)} AND ${condition}`;
  switch (kind) {
    case "noFocus":
      return villageRow(Prisma.sql`NOT ${focusOf(Prisma.empty)}`);
    case "noPlan":
      return villageRow(Prisma.sql`(NOT ${focusOf(Prisma.empty)} OR ${focusOf(Prisma.sql`AND pl.id IS NULL`)})`);
    case "noBranchPledge":
      return villageRow(Prisma.sql`NOT EXISTS (SELECT 1 FROM "Pledge" p WHERE p."villageId" = v.id AND p."campaignId" = ${campaignId} AND p."pledgerKind" = 'BRANCH' AND p.status <> 'WITHDRAWN')`);
    case "noEvaluation":
      return villageRow(Prisma.sql`EXISTS (SELECT 1 FROM "Pledge" p WHERE p."villageId" = v.id AND p."campaignId" = ${campaignId} AND p.status IN ${PUBLIC_ALL} AND p."dueOn" < ${day}::date)
        AND NOT EXISTS (SELECT 1 FROM "EvaluationRound" er WHERE er."villageId" = v.id AND er."campaignId" = ${campaignId} AND er.status = 'CLOSED')`);
    case "membersWithout":
      return Prisma.sql`
        SELECT m.id, m.name AS title, ${VILLAGE_COLUMNS}, NULL::text AS status, NULL::date AS "dueOn", m.skills AS detail,
          NULL::int AS rated, NULL::int AS satisfied, NULL::int AS villagers, NULL::int AS households
        FROM "Member" m JOIN ${villages} ON v.id = m."villageId"
        WHERE ${unitFilter("v", unit, "id")} AND m."isActive"
          AND NOT EXISTS (SELECT 1 FROM "Pledge" x WHERE x."memberId" = m.id AND x."campaignId" = ${campaignId} AND x.status <> 'WITHDRAWN')`;
    case "vague":
      return pledgeRow(FLAGGED);
    case "overdue":
      return pledgeRow(OVERDUE(day));
    case "dueSoon":
      return pledgeRow(DUE_SOON(day));
    case "anomalies":
      // Only villages whose roll-up counts an anomaly (listWeakLinks refreshes it first): the ratings
      // of every pledge of a province are millions of votes.
      return Prisma.sql`
        WITH scoped AS (
          SELECT p.id, p."villageId" FROM "Pledge" p
          JOIN "OversightFigures" f ON f."campaignId" = p."campaignId" AND f."villageId" = p."villageId" AND f.anomalies > 0
          WHERE p."campaignId" = ${campaignId} AND ${unitFilter("p", unit)}
        ),
        ${RATINGS_CTES}
        SELECT p.id, p.action AS title, ${VILLAGE_COLUMNS}, p.status::text AS status, p."dueOn",
          concat_ws(',', CASE WHEN a."allSatisfied" THEN 'ALL_SATISFIED' END, CASE WHEN a."aboveHouseholds" THEN 'TURNOUT_ABOVE_HOUSEHOLDS' END) AS detail,
          (a.s + a.b + a.d)::int AS rated, a.s::int AS satisfied, a.villagers::int AS villagers, a.households::int AS households
        FROM anomalous a JOIN "Pledge" p ON p.id = a."pledgeId" JOIN ${villages} ON v.id = p."villageId"
        WHERE a."allSatisfied" OR a."aboveHouseholds"`;
    case "unsupported":
      return Prisma.sql`
        SELECT pr.id, pr.title, ${VILLAGE_COLUMNS}, NULL::text AS status, NULL::date AS "dueOn", pr.area::text AS detail,
          NULL::int AS rated, NULL::int AS satisfied, NULL::int AS villagers, NULL::int AS households
        FROM "Problem" pr JOIN ${villages} ON v.id = pr."villageId"
        WHERE ${unitFilter("v", unit, "id")} AND pr."campaignId" = ${campaignId} AND pr."isFocus" AND pr."needsSupport"
          AND NOT EXISTS (SELECT 1 FROM "Pledge" p WHERE p."problemId" = pr.id AND p."pledgerKind" IN ('TOWNSHIP', 'DEPARTMENT') AND p.status <> 'WITHDRAWN')`;
  }
}

/**
 * One weak-link list of a unit in the actor's reach, a page at a time (WEAK_PAGE_SIZE rows), ordered
 * by township, village and title so that the rows of one village stand together.
 */
export async function listWeakLinks(actor: Actor, input: UnitInput & { kind: WeakKind; page?: number }) {
  const unit = await resolveUnit(actor, input);
  if (!(input.kind in ROW_KIND)) throw new AppError("INVALID");
  const campaign = await getCurrentCampaign(actor.prefectureId);
  if (input.kind === "anomalies") await refreshFigures(unit, campaign.id);
  const page = Math.max(1, Math.floor(input.page ?? 1));
  const raw = await db.$queryRaw<RawWeakRow[]>`
    SELECT w.*, count(*) OVER () AS total FROM (${weakSql(input.kind, unit, campaign.id, today())}) w
    ORDER BY w."townshipName", w."villageName", w.title, w.id
    LIMIT ${WEAK_PAGE_SIZE} OFFSET ${(page - 1) * WEAK_PAGE_SIZE}`;
  let total = Number(raw[0]?.total ?? 0);
  if (raw.length === 0 && page > 1) {
    const counted = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM (${weakSql(input.kind, unit, campaign.id, today())}) w`;
    total = Number(counted[0]?.count ?? 0);
  }
  const rows: WeakRow[] = raw.map(({ total: _total, rated, satisfied, villagers, households, dueOn, ...row }) => ({
    ...row,
    dueOn: dueOn ? toIsoDay(dueOn, "UTC") : null,
    numbers: rated === null ? null : { rated: rated ?? 0, satisfied: satisfied ?? 0, villagers: villagers ?? 0, households: households ?? 0 },
  }));
  return { unit, kind: input.kind, rowKind: ROW_KIND[input.kind], rows, total, page, pageCount: Math.max(1, Math.ceil(total / WEAK_PAGE_SIZE)) };
}

/**
 * Chart data for a unit: pledges by current status, pledges published per month (China time),
 * and pledges by area (withdrawn ones left out). Satisfaction by child unit is in getCoverage.
 */
export async function getOversightCharts(actor: Actor, input: UnitInput = {}) {
  const unit = await resolveUnit(actor, input);
  const campaign = await getCurrentCampaign(actor.prefectureId);
  // From the roll-up's per-village counts: a few thousand small rows, not every pledge. Status and
  // area are summed key by key in one pass (cheaper than expanding every object).
  await refreshFigures(unit, campaign.id);
  const figures = Prisma.sql`"Village" v JOIN "OversightFigures" f ON f."campaignId" = ${campaign.id} AND f."villageId" = v.id`;
  const scope = unitFilter("v", unit, "id");
  const sums = (column: string, keys: string[]) =>
    Prisma.join(keys.map((key) => Prisma.sql`coalesce(sum((f.${Prisma.raw(`"${column}"`)}->>${key})::int), 0)::int`));
  const [[totals], byMonth] = await Promise.all([
    db.$queryRaw<{ byStatus: number[]; byArea: number[] }[]>`
      SELECT ARRAY[${sums("byStatus", STATUSES)}] AS "byStatus", ARRAY[${sums("byArea", AREAS)}] AS "byArea" FROM ${figures} WHERE ${scope}`,
    db.$queryRaw<{ month: string; published: number; closed: number }[]>`
      SELECT e.key AS month, sum((e.value->>0)::int)::int AS published, sum((e.value->>1)::int)::int AS closed
      FROM ${figures}, jsonb_each(f."byMonth") e WHERE ${scope} GROUP BY e.key ORDER BY e.key`,
  ]);
  const byStatus = STATUSES.map((status, i) => ({ status, count: totals!.byStatus[i]! })).filter((row) => row.count > 0);
  const byArea = AREAS.map((area, i) => ({ area, count: totals!.byArea[i]! }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || (a.area < b.area ? -1 : 1));
  return { unit, byStatus, byMonth, byArea };
}
