import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLOSED, FLAGGED, PUBLIC_ALL, RATINGS_CTES, unitFilter, type UnitRef } from "./sql";

// The dashboard's roll-up: per campaign and village, every figure that does not move with the
// calendar (OversightFigures), so that a county or the whole prefecture is a few thousand rows,
// not a count over 600,000 pledges and 2,000,000 votes. ("Overdue" and "due within 7 days"
// change at midnight with no write; queries.ts counts them live from partial indexes.)
//
// Kept correct by invalidation, not by arithmetic: triggers on every table a figure reads
// (migration 20261205120000_oversight_rollups) add the village to OversightStale in the same
// transaction as the change, so a change and its mark commit or roll back together. Before a
// dashboard read, refreshFigures recomputes the unit's marked villages (and those with no row
// yet) with the same SQL that would count them from scratch. Writers never wait on each other
// for the roll-up (a mark is a plain insert); refreshes wait on one advisory lock, taken before
// the marks are read, so a refresh always sees every change whose mark it removes.

/** pg_advisory_xact_lock key of the refresh (any constant unused elsewhere). */
const REFRESH_LOCK = Prisma.raw("hashtext('pledgeboard:oversight-figures')");

/** The columns of OversightFigures a refresh writes, in the order figuresSql selects them. */
const COLUMNS = [
  "focusProblems", "unplannedFocus", "branchPledges", "members", "membersPledged", "vague", "firstDueOn", "evaluated",
  "satisfied", "basicallySatisfied", "dissatisfied", "anomalies", "byStatus", "byArea", "byMonth",
] as const;

/** Recomputes the figures of `villageIds` in the campaign from the tables and upserts them. */
function upsertSql(campaignId: string, villageIds: string[]): Prisma.Sql {
  const quoted = (name: string) => `"${name}"`;
  const columns = Prisma.raw(COLUMNS.map(quoted).join(", "));
  const updates = Prisma.raw(COLUMNS.map((name) => `${quoted(name)} = EXCLUDED.${quoted(name)}`).join(", "));
  return Prisma.sql`
    WITH todo AS (
      SELECT v.id FROM "Village" v WHERE v.id = ANY(${villageIds})
    ),
    pl AS (
      SELECT p.id, p."villageId", p."pledgerKind", p.status, p."dueOn", p.area, p."publishedAt", ${FLAGGED} AS flagged
      FROM "Pledge" p WHERE p."campaignId" = ${campaignId} AND p."villageId" = ANY(${villageIds})
    ),
    pledges AS (
      SELECT pl."villageId",
        count(*) FILTER (WHERE pl."pledgerKind" = 'BRANCH' AND pl.status <> 'WITHDRAWN')::int AS branch,
        count(*) FILTER (WHERE pl.flagged)::int AS vague,
        min(pl."dueOn") FILTER (WHERE pl.status IN ${PUBLIC_ALL}) AS "firstDueOn"
      FROM pl GROUP BY pl."villageId"
    ),
    by_status AS (
      SELECT x."villageId", jsonb_object_agg(x.status, x.n) AS j
      FROM (SELECT pl."villageId", pl.status::text AS status, count(*)::int AS n FROM pl GROUP BY 1, 2) x GROUP BY 1
    ),
    by_area AS (
      SELECT x."villageId", jsonb_object_agg(x.area, x.n) AS j
      FROM (SELECT pl."villageId", pl.area::text AS area, count(*)::int AS n FROM pl WHERE pl.status <> 'WITHDRAWN' GROUP BY 1, 2) x GROUP BY 1
    ),
    by_month AS (
      SELECT x."villageId", jsonb_object_agg(x.month, jsonb_build_array(x.published, x.closed)) AS j
      FROM (
        SELECT pl."villageId", to_char(date_trunc('month', (pl."publishedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM') AS month,
          count(*)::int AS published, count(*) FILTER (WHERE pl.status IN ${CLOSED})::int AS closed
        FROM pl WHERE pl."publishedAt" IS NOT NULL GROUP BY 1, 2
      ) x GROUP BY 1
    ),
    members AS (
      SELECT m."villageId", count(*)::int AS members,
        count(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM "Pledge" x WHERE x."memberId" = m.id AND x."campaignId" = ${campaignId} AND x.status <> 'WITHDRAWN'
        ))::int AS pledged
      FROM "Member" m WHERE m."villageId" = ANY(${villageIds}) AND m."isActive"
      GROUP BY m."villageId"
    ),
    focus AS (
      SELECT pr."villageId", count(*)::int AS focus, count(*) FILTER (WHERE pn.id IS NULL)::int AS unplanned
      FROM "Problem" pr LEFT JOIN "Plan" pn ON pn."problemId" = pr.id
      WHERE pr."villageId" = ANY(${villageIds}) AND pr."campaignId" = ${campaignId} AND pr."isFocus"
      GROUP BY pr."villageId"
    ),
    rounds AS (
      SELECT DISTINCT er."villageId" FROM "EvaluationRound" er
      WHERE er."villageId" = ANY(${villageIds}) AND er."campaignId" = ${campaignId} AND er.status = 'CLOSED'
    ),
    scoped AS (SELECT pl.id, pl."villageId" FROM pl),
    ${RATINGS_CTES},
    ratings AS (
      SELECT a."villageId", sum(a.s)::int AS s, sum(a.b)::int AS b, sum(a.d)::int AS d,
        count(*) FILTER (WHERE a."allSatisfied" OR a."aboveHouseholds")::int AS anomalies
      FROM anomalous a GROUP BY a."villageId"
    )
    INSERT INTO "OversightFigures" ("campaignId", "villageId", ${columns}, "refreshedAt")
    SELECT ${campaignId}, todo.id,
      coalesce(f.focus, 0), coalesce(f.unplanned, 0), coalesce(p.branch, 0), coalesce(m.members, 0), coalesce(m.pledged, 0),
      coalesce(p.vague, 0), p."firstDueOn", r."villageId" IS NOT NULL,
      coalesce(ra.s, 0), coalesce(ra.b, 0), coalesce(ra.d, 0), coalesce(ra.anomalies, 0),
      coalesce(bs.j, '{}'::jsonb), coalesce(ba.j, '{}'::jsonb), coalesce(bm.j, '{}'::jsonb), now()
    FROM todo
    LEFT JOIN pledges p ON p."villageId" = todo.id
    LEFT JOIN members m ON m."villageId" = todo.id
    LEFT JOIN focus f ON f."villageId" = todo.id
    LEFT JOIN rounds r ON r."villageId" = todo.id
    LEFT JOIN ratings ra ON ra."villageId" = todo.id
    LEFT JOIN by_status bs ON bs."villageId" = todo.id
    LEFT JOIN by_area ba ON ba."villageId" = todo.id
    LEFT JOIN by_month bm ON bm."villageId" = todo.id
    ON CONFLICT ("campaignId", "villageId") DO UPDATE SET ${updates}, "refreshedAt" = EXCLUDED."refreshedAt"`;
}

/** Villages of the unit whose figures for the campaign are marked stale or missing. */
const outOfDate = (unit: UnitRef, campaignId: string) => Prisma.sql`
  EXISTS (SELECT 1 FROM "OversightStale" s JOIN "Village" v ON v.id = s."villageId" WHERE ${unitFilter("v", unit, "id")})
  OR EXISTS (
    SELECT 1 FROM "Village" v WHERE ${unitFilter("v", unit, "id")}
      AND NOT EXISTS (SELECT 1 FROM "OversightFigures" f WHERE f."campaignId" = ${campaignId} AND f."villageId" = v.id)
  )`;

/** Under the refresh lock: takes the unit's marks and recomputes the marked villages and those with no row. */
async function refreshLocked(tx: Tx, unit: UnitRef, campaignId: string): Promise<number> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(${REFRESH_LOCK})`;
  // A statement after the lock: its snapshot holds every change whose mark it deletes.
  const todo = await tx.$queryRaw<{ id: string }[]>`
    WITH marked AS (
      DELETE FROM "OversightStale" s USING "Village" v WHERE v.id = s."villageId" AND ${unitFilter("v", unit, "id")}
      RETURNING s."villageId"
    )
    SELECT v.id FROM "Village" v WHERE ${unitFilter("v", unit, "id")}
      AND (v.id IN (SELECT "villageId" FROM marked)
        OR NOT EXISTS (SELECT 1 FROM "OversightFigures" f WHERE f."campaignId" = ${campaignId} AND f."villageId" = v.id))`;
  if (todo.length === 0) return 0;
  const ids = todo.map((row) => row.id);
  // The marks are gone for every campaign: other campaigns' rows of these villages are recomputed when next read.
  await tx.$executeRaw`DELETE FROM "OversightFigures" WHERE "villageId" = ANY(${ids}) AND "campaignId" <> ${campaignId}`;
  await tx.$executeRaw(upsertSql(campaignId, ids));
  return ids.length;
}

/**
 * Brings the unit's roll-up rows for the campaign up to date; returns how many villages it
 * recomputed (0 when none was out of date, the usual case, at the cost of one query).
 */
export async function refreshFigures(unit: UnitRef, campaignId: string): Promise<number> {
  const [check] = await db.$queryRaw<{ stale: boolean }[]>`SELECT (${outOfDate(unit, campaignId)}) AS stale`;
  if (!check?.stale) return 0;
  // A first read after a large import may recompute thousands of villages.
  return db.$transaction((tx) => refreshLocked(tx, unit, campaignId), { maxWait: 10_000, timeout: 300_000 });
}
