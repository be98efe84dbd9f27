import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toIsoDay } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PledgeStatus, ProblemArea } from "@/lib/generated/prisma/enums";
import { countyScope, townshipScope, villageScope } from "@/lib/org/scope";
import { childLevelOf, parseUnitParam, rollUp, type CoverageRow, type UnitLevel, type VillageFigures } from "./coverage";
import { ROW_KIND, WEAK_PAGE_SIZE, type WeakKind } from "./weak-kinds";

// Oversight (督导) for organisers and township officers: coverage of the current campaign for the
// actor's part of the tree, the weak-link lists behind each number, and chart data. Every figure is
// a SQL aggregate over the unit's villages, filtered by the denormalised countyId / townshipId /
// villageId columns (indexed), never a load of every pledge. Department officers and village
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

/** `WHERE` fragment on a table carrying countyId / townshipId / villageId (Village: id) for the unit. */
function unitFilter(alias: string, unit: OversightUnit, villageIdColumn = "villageId"): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  switch (unit.level) {
    case "prefecture":
      return Prisma.sql`${column("countyId")} IN (SELECT c.id FROM "County" c WHERE c."prefectureId" = ${unit.id})`;
    case "county":
      return Prisma.sql`${column("countyId")} = ${unit.id}`;
    case "township":
      return Prisma.sql`${column("townshipId")} = ${unit.id}`;
    case "village":
      return Prisma.sql`${column(villageIdColumn)} = ${unit.id}`;
  }
}

/** The China-time calendar day, as the lifecycle counts deadlines. */
const today = () => toIsoDay(new Date());

const PUBLIC_OPEN = Prisma.sql`('PUBLISHED', 'IN_PROGRESS')`;
const PUBLIC_ALL = Prisma.sql`('PUBLISHED', 'IN_PROGRESS', 'DONE', 'PARTLY_DONE', 'NOT_DONE', 'WITHDRAWN')`;
/** Flagged pledges that went to review: still awaiting it, or approved over the flags (overridden). */
const FLAGGED = Prisma.sql`(p.status NOT IN ('DRAFT', 'RETURNED', 'WITHDRAWN') AND (cardinality(p."vagueFlags") > 0 OR p."overrideReason" IS NOT NULL))`;
const NO_EXPLANATION = Prisma.sql`coalesce(btrim(p.explanation), '') = ''`;
const OVERDUE = (day: string) => Prisma.sql`(p.status IN ${PUBLIC_OPEN} AND p."dueOn" < ${day}::date AND ${NO_EXPLANATION})`;
const DUE_SOON = (day: string) => Prisma.sql`(p.status IN ${PUBLIC_OPEN} AND p."dueOn" >= ${day}::date AND p."dueOn" <= ${day}::date + 7
  AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" pu JOIN "EvidenceFile" ef ON ef."progressUpdateId" = pu.id WHERE pu."pledgeId" = p.id))`;
const tallyCount = (rating: string) =>
  Prisma.raw(`CASE WHEN jsonb_typeof(t."firstCounts"->'${rating}') = 'number' THEN (t."firstCounts"->>'${rating}')::int ELSE 0 END`);

/**
 * Per pledge of the unit: its counted ratings (online ballots and confirmed paper tallies, as the
 * evaluation results count them) and whether it is anomalous (100 % 满意 over ≥ 20 rated votes,
 * or more villagers' votes than the village has households).
 */
function ratingsCte(unit: OversightUnit, campaignId: string): Prisma.Sql {
  return Prisma.sql`
    scoped AS (
      SELECT p.id, p."villageId" FROM "Pledge" p WHERE p."campaignId" = ${campaignId} AND ${unitFilter("p", unit)}
    ),
    votes AS (
      SELECT vo."pledgeId",
        count(*) FILTER (WHERE vo.rating = 'SATISFIED')::int AS s,
        count(*) FILTER (WHERE vo.rating = 'BASICALLY_SATISFIED')::int AS b,
        count(*) FILTER (WHERE vo.rating = 'DISSATISFIED')::int AS d,
        count(*) FILTER (WHERE b."group" = 'VILLAGER')::int AS villagers
      FROM scoped sp JOIN "Vote" vo ON vo."pledgeId" = sp.id JOIN "Ballot" b ON b.id = vo."ballotId"
      GROUP BY vo."pledgeId"
    ),
    tallies AS (
      SELECT t."pledgeId",
        sum(${tallyCount("SATISFIED")})::int AS s,
        sum(${tallyCount("BASICALLY_SATISFIED")})::int AS b,
        sum(${tallyCount("DISSATISFIED")})::int AS d,
        sum(CASE WHEN t."group" = 'VILLAGER' THEN ${tallyCount("SATISFIED")} + ${tallyCount("BASICALLY_SATISFIED")} + ${tallyCount("DISSATISFIED")} + ${tallyCount("UNKNOWN")} ELSE 0 END)::int AS villagers
      FROM scoped sp JOIN "PaperTally" t ON t."pledgeId" = sp.id
      WHERE t.status = 'CONFIRMED'
      GROUP BY t."pledgeId"
    ),
    rated AS (
      SELECT sp.id AS "pledgeId", sp."villageId",
        coalesce(v.s, 0) + coalesce(t.s, 0) AS s,
        coalesce(v.b, 0) + coalesce(t.b, 0) AS b,
        coalesce(v.d, 0) + coalesce(t.d, 0) AS d,
        coalesce(v.villagers, 0) + coalesce(t.villagers, 0) AS villagers
      FROM scoped sp LEFT JOIN votes v ON v."pledgeId" = sp.id LEFT JOIN tallies t ON t."pledgeId" = sp.id
      WHERE v."pledgeId" IS NOT NULL OR t."pledgeId" IS NOT NULL
    ),
    anomalous AS (
      SELECT r."pledgeId", r."villageId", r.s, r.b, r.d, r.villagers, vil.households,
        ((r.s + r.b + r.d) >= 20 AND r.s = r.s + r.b + r.d) AS "allSatisfied",
        (vil.households > 0 AND r.villagers > vil.households) AS "aboveHouseholds"
      FROM rated r JOIN "Village" vil ON vil.id = r."villageId"
    )`;
}

type FiguresRow = Omit<VillageFigures, never>;

/** One SQL statement: the figures of every village of the unit. */
async function villageFigures(unit: OversightUnit, campaignId: string): Promise<VillageFigures[]> {
  const day = today();
  return db.$queryRaw<FiguresRow[]>`
    WITH vs AS (
      SELECT v.id, v."townshipId", v."countyId", v.households FROM "Village" v WHERE ${unitFilter("v", unit, "id")}
    ),
    pledges AS (
      SELECT p."villageId",
        count(*) FILTER (WHERE p."pledgerKind" = 'BRANCH' AND p.status <> 'WITHDRAWN')::int AS branch,
        count(*) FILTER (WHERE ${FLAGGED})::int AS vague,
        count(*) FILTER (WHERE ${OVERDUE(day)})::int AS overdue,
        count(*) FILTER (WHERE ${DUE_SOON(day)})::int AS "dueSoon",
        bool_or(p.status IN ${PUBLIC_ALL} AND p."dueOn" < ${day}::date) AS "pastDue"
      FROM "Pledge" p WHERE p."campaignId" = ${campaignId} AND ${unitFilter("p", unit)}
      GROUP BY p."villageId"
    ),
    members AS (
      SELECT m."villageId", count(*)::int AS members,
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM "Pledge" x WHERE x."memberId" = m.id AND x."campaignId" = ${campaignId} AND x.status <> 'WITHDRAWN'
        ))::int AS pledged
      FROM vs JOIN "Member" m ON m."villageId" = vs.id AND m."isActive"
      GROUP BY m."villageId"
    ),
    focus AS (
      SELECT pr."villageId", count(*)::int AS focus, count(*) FILTER (WHERE pl.id IS NULL)::int AS unplanned
      FROM vs JOIN "Problem" pr ON pr."villageId" = vs.id AND pr."campaignId" = ${campaignId} AND pr."isFocus"
      LEFT JOIN "Plan" pl ON pl."problemId" = pr.id
      GROUP BY pr."villageId"
    ),
    rounds AS (
      SELECT DISTINCT er."villageId" FROM vs JOIN "EvaluationRound" er ON er."villageId" = vs.id
      WHERE er."campaignId" = ${campaignId} AND er.status = 'CLOSED'
    ),
    ${ratingsCte(unit, campaignId)},
    ratings AS (
      SELECT a."villageId", sum(a.s)::int AS s, sum(a.b)::int AS b, sum(a.d)::int AS d,
        count(*) FILTER (WHERE a."allSatisfied" OR a."aboveHouseholds")::int AS anomalies
      FROM anomalous a GROUP BY a."villageId"
    )
    SELECT vs.id AS "villageId", vs."townshipId", vs."countyId", vs.households,
      coalesce(f.focus, 0) AS "focusProblems", coalesce(f.unplanned, 0) AS "unplannedFocus",
      coalesce(p.branch, 0) AS "branchPledges", coalesce(m.members, 0) AS members, coalesce(m.pledged, 0) AS "membersPledged",
      coalesce(p.vague, 0) AS vague, coalesce(p.overdue, 0) AS overdue, coalesce(p."dueSoon", 0) AS "dueSoon",
      coalesce(p."pastDue", false) AS "hasPastDue", (r."villageId" IS NOT NULL) AS evaluated,
      coalesce(ra.s, 0) AS satisfied, coalesce(ra.b, 0) AS "basicallySatisfied", coalesce(ra.d, 0) AS dissatisfied,
      coalesce(ra.anomalies, 0) AS anomalies
    FROM vs
    LEFT JOIN pledges p ON p."villageId" = vs.id
    LEFT JOIN members m ON m."villageId" = vs.id
    LEFT JOIN focus f ON f."villageId" = vs.id
    LEFT JOIN rounds r ON r."villageId" = vs.id
    LEFT JOIN ratings ra ON ra."villageId" = vs.id`;
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
      return Prisma.sql`
        WITH ${ratingsCte(unit, campaignId)}
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
  const scope = Prisma.sql`p."campaignId" = ${campaign.id} AND ${unitFilter("p", unit)}`;
  const [byStatus, byMonth, byArea] = await Promise.all([
    db.$queryRaw<{ status: PledgeStatus; count: number }[]>`
      SELECT p.status::text AS status, count(*)::int AS count FROM "Pledge" p WHERE ${scope} GROUP BY p.status`,
    db.$queryRaw<{ month: string; published: number; closed: number }[]>`
      SELECT to_char(date_trunc('month', p."publishedAt" AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM') AS month,
        count(*)::int AS published,
        count(*) FILTER (WHERE p.status IN ('DONE', 'PARTLY_DONE', 'NOT_DONE'))::int AS closed
      FROM "Pledge" p WHERE ${scope} AND p."publishedAt" IS NOT NULL GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ area: ProblemArea; count: number }[]>`
      SELECT p.area::text AS area, count(*)::int AS count FROM "Pledge" p WHERE ${scope} AND p.status <> 'WITHDRAWN' GROUP BY p.area ORDER BY count DESC, area`,
  ]);
  return { unit, byStatus, byMonth, byArea };
}
