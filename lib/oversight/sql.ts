import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UnitLevel } from "./coverage";

// SQL pieces shared by the dashboard's reads (queries.ts) and its roll-up (rollup.ts), so that a
// figure means the same thing whether it is counted live or kept in OversightFigures.

export type UnitRef = { level: UnitLevel; id: string };

/** `WHERE` fragment on a table carrying countyId / townshipId / villageId (Village: id) for the unit. */
export function unitFilter(alias: string, unit: UnitRef, villageIdColumn = "villageId"): Prisma.Sql {
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

export const PUBLIC_OPEN = Prisma.sql`('PUBLISHED', 'IN_PROGRESS')`;
export const PUBLIC_ALL = Prisma.sql`('PUBLISHED', 'IN_PROGRESS', 'DONE', 'PARTLY_DONE', 'NOT_DONE', 'WITHDRAWN')`;
export const CLOSED = Prisma.sql`('DONE', 'PARTLY_DONE', 'NOT_DONE')`;
/** Flagged pledges that went to review: still awaiting it, or approved over the flags (overridden). */
export const FLAGGED = Prisma.sql`(p.status NOT IN ('DRAFT', 'RETURNED', 'WITHDRAWN') AND (cardinality(p."vagueFlags") > 0 OR p."overrideReason" IS NOT NULL))`;
// Spelled exactly as the predicate of the partial index "Pledge_overdue_unexplained_idx"
// (migration 20261205120000_oversight_rollups), so that the planner can use it.
export const OVERDUE = (day: string) =>
  Prisma.sql`(p.status IN ('PUBLISHED', 'IN_PROGRESS') AND coalesce(btrim(p.explanation), '') = '' AND p."dueOn" < ${day}::date)`;
// The evidence check runs per pledge due this week (a few thousand in a province) through the
// indexes by pledge and by update: OFFSET 0 keeps the planner from turning it into a hash anti-join
// over every progress update and photo, which costs ten times as much at provincial scale.
export const DUE_SOON = (day: string) => Prisma.sql`(p.status IN ${PUBLIC_OPEN} AND p."dueOn" >= ${day}::date AND p."dueOn" <= ${day}::date + 7
  AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" pu JOIN "EvidenceFile" ef ON ef."progressUpdateId" = pu.id WHERE pu."pledgeId" = p.id OFFSET 0))`;

const tallyCount = (rating: string) =>
  Prisma.raw(`CASE WHEN jsonb_typeof(t."firstCounts"->'${rating}') = 'number' THEN (t."firstCounts"->>'${rating}')::int ELSE 0 END`);

/**
 * CTEs `votes`, `tallies`, `rated` and `anomalous` over the pledges of a CTE named `scoped`
 * (id, villageId) that the caller defines first: per pledge, its counted ratings (online ballots
 * and confirmed paper tallies, as the evaluation results count them) and whether it is anomalous
 * (100 % 满意 over ≥ 20 rated votes, or more villagers' votes than the village has households).
 */
export const RATINGS_CTES = Prisma.sql`
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
