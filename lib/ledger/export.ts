import "server-only";
import { once } from "node:events";
import { PassThrough, Readable, type Writable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishedResultsForPledges } from "@/lib/evaluation/public-results";
import { toIsoDay } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { countyScope, townshipScope, villageScope } from "@/lib/org/scope";
import { parseUnitParam } from "@/lib/oversight/coverage";
import { LEDGER_HEADERS, ledgerRow, type LedgerSourceRow } from "./columns";

// The ledger out (台账): every pledge of the current campaign in the actor's unit, one row each,
// as CSV or XLSX. The file is written while it is read: pledges come in keyset batches by id and
// each batch is written out before the next is fetched, waiting whenever the reader is behind,
// so memory holds one batch however many rows the unit has.

export const LEDGER_BATCH = 2000;
export const LEDGER_FORMATS = ["csv", "xlsx"] as const;
export type LedgerFormat = (typeof LEDGER_FORMATS)[number];

/** The part of the tree a ledger covers: the prefecture, a county, a township or a village. */
type LedgerUnit = { level: "prefecture" | "county" | "township" | "village"; id: string; name: string };

const LEDGER_ROLES = new Set(["PREFECTURE_ORGANISER", "COUNTY_ORGANISER", "TOWNSHIP_OFFICER"]);

/**
 * The unit an export covers (`unit` as the dashboard names it, `county:<id>` …; the actor's own
 * unit when absent). Only organisers and township officers keep a ledger: anyone else is refused by
 * role alone. A unit outside the actor's reach is NOT_FOUND.
 */
async function resolveLedgerUnit(actor: Actor, unit: string | undefined): Promise<LedgerUnit> {
  if (!LEDGER_ROLES.has(actor.role)) throw new AppError("FORBIDDEN");
  const wanted = parseUnitParam(unit);
  if (!wanted) {
    if (unit) throw new AppError("NOT_FOUND");
    if (actor.role === "PREFECTURE_ORGANISER") {
      const prefecture = await db.prefecture.findUniqueOrThrow({ where: { id: actor.prefectureId }, select: { id: true, name: true } });
      return { level: "prefecture", ...prefecture };
    }
    if (actor.role === "COUNTY_ORGANISER" && actor.countyId) return findUnit("county", actor.countyId, actor);
    if (actor.role === "TOWNSHIP_OFFICER" && actor.townshipId) return findUnit("township", actor.townshipId, actor);
    throw new AppError("NOT_FOUND");
  }
  return findUnit(wanted.level, wanted.id, actor);
}

async function findUnit(level: "county" | "township" | "village", id: string, actor: Actor): Promise<LedgerUnit> {
  const select = { id: true, name: true } as const;
  const found =
    level === "county" ? await db.county.findFirst({ where: { AND: [{ id }, countyScope(actor)] }, select })
    : level === "township" ? await db.township.findFirst({ where: { AND: [{ id }, townshipScope(actor)] }, select })
    : await db.village.findFirst({ where: { AND: [{ id }, villageScope(actor)] }, select });
  if (!found) throw new AppError("NOT_FOUND");
  return { level, ...found };
}

const CONTENT_TYPES: Record<LedgerFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function unitFilter(unit: LedgerUnit): Prisma.Sql {
  switch (unit.level) {
    case "prefecture": return Prisma.sql`p."countyId" IN (SELECT c.id FROM "County" c WHERE c."prefectureId" = ${unit.id})`;
    case "county": return Prisma.sql`p."countyId" = ${unit.id}`;
    case "township": return Prisma.sql`p."townshipId" = ${unit.id}`;
    case "village": return Prisma.sql`p."villageId" = ${unit.id}`;
  }
}

async function fetchBatch(unit: LedgerUnit, campaignId: string, after: string, limit: number): Promise<LedgerSourceRow[]> {
  // The page of ids first (walking the primary key), then the joins for those rows only.
  return db.$queryRaw<LedgerSourceRow[]>`
    WITH page AS MATERIALIZED (
      SELECT p.id FROM "Pledge" p
      WHERE p."campaignId" = ${campaignId} AND ${unitFilter(unit)} AND p.id > ${after}
      ORDER BY p.id LIMIT ${limit}
    )
    SELECT p.id, p."codeNumber", p."pledgerKind"::text AS "pledgerKind", p.area::text AS area, p.action, p.quantity::text AS quantity, p.unit,
      p."placeOrBeneficiaries", to_char(p."dueOn", 'YYYY-MM-DD') AS "dueOn", p."responsiblePerson", p.verification, p.status::text AS status,
      p."vagueFlags", p."overrideReason", p.explanation, p.assessment::text AS assessment, p."publishedAt",
      c.name AS county, t.name AS township, v.name AS village, v."branchName", m.name AS "memberName", pt.name AS "pledgerTownship",
      d.name AS department, pr.title AS problem
    FROM page JOIN "Pledge" p ON p.id = page.id
    JOIN "Village" v ON v.id = p."villageId"
    JOIN "Township" t ON t.id = p."townshipId"
    JOIN "County" c ON c.id = p."countyId"
    LEFT JOIN "Member" m ON m.id = p."memberId"
    LEFT JOIN "Township" pt ON pt.id = p."pledgerTownshipId"
    LEFT JOIN "Department" d ON d.id = p."departmentId"
    LEFT JOIN "Problem" pr ON pr.id = p."problemId"
    ORDER BY p.id`;
}

/** The rows of the ledger, one batch at a time, each with its published evaluation. */
async function* ledgerBatches(unit: LedgerUnit, campaignId: string, batchSize: number): AsyncGenerator<(string | number)[][]> {
  const today = toIsoDay(new Date());
  let after = "";
  for (;;) {
    const rows = await fetchBatch(unit, campaignId, after, batchSize);
    if (rows.length === 0) return;
    const results = await publishedResultsForPledges(rows.map((row) => row.id));
    yield rows.map((row) => ledgerRow(row, results.get(row.id), today));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Waits until a stream that refused a write can take more, or has been closed by its reader. */
async function writable(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return;
  const done = new AbortController();
  await Promise.race([once(stream, "drain", { signal: done.signal }), once(stream, "close", { signal: done.signal })]).catch(() => undefined);
  done.abort();
}

function csvStream(batches: AsyncGenerator<(string | number)[][]>): Readable {
  const csv = stringify({ bom: true, record_delimiter: "windows" });
  void (async () => {
    csv.write([...LEDGER_HEADERS]);
    for await (const batch of batches) {
      for (const row of batch) {
        if (csv.destroyed) return;
        if (!csv.write(row)) await writable(csv);
      }
    }
    csv.end();
  })().catch((error: unknown) => csv.destroy(error as Error));
  return csv;
}

function xlsxStream(batches: AsyncGenerator<(string | number)[][]>, sheetName: string): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  void (async () => {
    const sheet = workbook.addWorksheet(sheetName);
    sheet.addRow([...LEDGER_HEADERS]).commit();
    for await (const batch of batches) {
      for (const row of batch) {
        if (out.destroyed) return;
        sheet.addRow(row).commit();
      }
      await writable(out);
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return out;
}

/**
 * Opens the ledger of a unit in the actor's reach as a file being written. Refusals (role, unit
 * outside reach, unknown format) are thrown here, before any byte is sent.
 */
export async function openLedgerExport(actor: Actor, input: { format?: string; unit?: string; batchSize?: number }) {
  const unit = await resolveLedgerUnit(actor, input.unit);
  const format = (input.format ?? "csv") as LedgerFormat;
  if (!LEDGER_FORMATS.includes(format)) throw new AppError("INVALID", "INVALID", "format");
  const campaign = await getCurrentCampaign(actor.prefectureId);
  const batches = ledgerBatches(unit, campaign.id, input.batchSize ?? LEDGER_BATCH);
  const node = format === "csv" ? csvStream(batches) : xlsxStream(batches, "台账");
  const fileName = `台账-${unit.name}-${toIsoDay(new Date())}.${format}`;
  return {
    fileName,
    contentType: CONTENT_TYPES[format],
    body: Readable.toWeb(node) as ReadableStream<Uint8Array>,
  };
}
