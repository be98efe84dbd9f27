import "server-only";
import { sqlPool } from "@/lib/sql-pool";
import { publishedResultsForPledges, type PublishedPledgeResult } from "@/lib/evaluation/public-results";
import { toIsoDay } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { ledgerRow, type LedgerSourceRow } from "./columns";

// Reading the ledger's pledges: keyset batches by id, each batch's rows made into ledger rows one
// at a time as they are written.
//
// The batches are read with pg itself, not through Prisma: Prisma's raw-query path keeps each
// result alive long enough for the garbage collector to move it to the old generation, so that
// merely reading 600,000 pledges through it swelled the heap to ~130 MB where pg needs ~35 MB
// (npm run bench:ledger measures the export's peak memory). Everything else stays with Prisma.

/** The part of the tree a ledger covers: the prefecture, a county, a township or a village. */
export type LedgerUnit = { level: "prefecture" | "county" | "township" | "village"; id: string; name: string };
export type LedgerRows = AsyncGenerator<Iterable<(string | number)[]>>;

function unitFilter(unit: LedgerUnit): Prisma.Sql {
  switch (unit.level) {
    case "prefecture": return Prisma.sql`p."countyId" IN (SELECT c.id FROM "County" c WHERE c."prefectureId" = ${unit.id})`;
    case "county": return Prisma.sql`p."countyId" = ${unit.id}`;
    case "township": return Prisma.sql`p."townshipId" = ${unit.id}`;
    case "village": return Prisma.sql`p."villageId" = ${unit.id}`;
  }
}

/**
 * The next page of pledge ids (walking the primary key), each with whether it was in a closed
 * evaluation round: only those have published results.
 */
async function nextPage(unit: LedgerUnit, campaignId: string, after: string, limit: number): Promise<{ id: string; evaluated: boolean }[]> {
  const query = Prisma.sql`
    SELECT p.id, EXISTS (
        SELECT 1 FROM "EvaluationRoundPledge" erp JOIN "EvaluationRound" er ON er.id = erp."roundId"
        WHERE erp."pledgeId" = p.id AND er.status = 'CLOSED' AND er."closedAt" IS NOT NULL
      ) AS evaluated
    FROM "Pledge" p
    WHERE p."campaignId" = ${campaignId} AND ${unitFilter(unit)} AND p.id > ${after}
    ORDER BY p.id LIMIT ${limit}`;
  return (await sqlPool().query<{ id: string; evaluated: boolean }>(query.text, query.values)).rows;
}

/** The ledger's fields of the pledges `ids`, in id order. */
async function pledgeRows(ids: string[]): Promise<LedgerSourceRow[]> {
  // publishedAt is stored as UTC without a zone: read as timestamptz so that pg makes the same
  // Date whatever the server's time zone.
  const query = Prisma.sql`
    SELECT p.id, p."codeNumber", p."pledgerKind"::text AS "pledgerKind", p.area::text AS area, p.action, p.quantity::text AS quantity, p.unit,
      p."placeOrBeneficiaries", to_char(p."dueOn", 'YYYY-MM-DD') AS "dueOn", p."responsiblePerson", p.verification, p.status::text AS status,
      p."vagueFlags"::text[] AS "vagueFlags", p."overrideReason", p.explanation, p.assessment::text AS assessment,
      p."publishedAt" AT TIME ZONE 'UTC' AS "publishedAt",
      c.name AS county, t.name AS township, v.name AS village, v."branchName", m.name AS "memberName", pt.name AS "pledgerTownship",
      d.name AS department, pr.title AS problem
    FROM "Pledge" p
    JOIN "Village" v ON v.id = p."villageId"
    JOIN "Township" t ON t.id = p."townshipId"
    JOIN "County" c ON c.id = p."countyId"
    LEFT JOIN "Member" m ON m.id = p."memberId"
    LEFT JOIN "Township" pt ON pt.id = p."pledgerTownshipId"
    LEFT JOIN "Department" d ON d.id = p."departmentId"
    LEFT JOIN "Problem" pr ON pr.id = p."problemId"
    WHERE p.id = ANY(${ids}::text[])
    ORDER BY p.id`;
  return (await sqlPool().query<LedgerSourceRow>(query.text, query.values)).rows;
}

/**
 * One batch of the ledger: its rows are made as they are iterated, not all at once, so that each
 * dies as soon as it is written. A class rather than a generator closing over the batch inside
 * ledgerBatches: such a closure kept every batch alive into the next young-generation collection,
 * which promoted all 600,000 pledges to the old generation one batch at a time.
 */
class LedgerBatch implements Iterable<(string | number)[]> {
  constructor(
    private readonly rows: LedgerSourceRow[],
    private readonly results: ReadonlyMap<string, PublishedPledgeResult>,
    private readonly today: string,
  ) {}

  *[Symbol.iterator]() {
    for (const row of this.rows) yield ledgerRow(row, this.results.get(row.id), this.today);
  }
}

const NO_RESULTS: ReadonlyMap<string, PublishedPledgeResult> = new Map();

/**
 * The rows of the ledger, one batch at a time, each with its published evaluation. A batch's
 * results are looked up before its pledges are read, so that the pledges are alive only while
 * they are written.
 */
export async function* ledgerBatches(unit: LedgerUnit, campaignId: string, batchSize: number): LedgerRows {
  const today = toIsoDay(new Date());
  let after = "";
  for (;;) {
    const page = await nextPage(unit, campaignId, after, batchSize);
    if (page.length === 0) return;
    after = page[page.length - 1]!.id;
    // Asked only for the pledges that have results: often none of a batch, and then no query.
    const evaluated = page.filter((pledge) => pledge.evaluated).map((pledge) => pledge.id);
    const results = evaluated.length > 0 ? await publishedResultsForPledges(evaluated) : NO_RESULTS;
    yield new LedgerBatch(await pledgeRows(page.map((pledge) => pledge.id)), results, today);
    if (page.length < batchSize) return;
  }
}
