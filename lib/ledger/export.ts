import "server-only";
import { once } from "node:events";
import { Readable, type Writable } from "node:stream";
import { stringify } from "csv-stringify";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCampaign } from "@/lib/campaigns/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toIsoDay } from "@/lib/format";
import { countyScope, townshipScope, villageScope } from "@/lib/org/scope";
import { parseUnitParam } from "@/lib/oversight/coverage";
import { LEDGER_HEADERS } from "./columns";
import { ledgerBatches, type LedgerRows, type LedgerUnit } from "./rows";
import { xlsxStream } from "./xlsx";

// The ledger out (台账): every pledge of the current campaign in the actor's unit, one row each,
// as CSV or XLSX. The file is written while it is read: pledges come in keyset batches by id, each
// batch is written out before the next is fetched and each row is made just before it is written,
// waiting whenever the reader is behind, so memory holds one batch however many rows the unit has.

export const LEDGER_BATCH = 1000;
export const LEDGER_FORMATS = ["csv", "xlsx"] as const;
export type LedgerFormat = (typeof LEDGER_FORMATS)[number];

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

/** Waits until a stream that refused a write can take more, or has been closed by its reader. */
async function writable(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return;
  const done = new AbortController();
  await Promise.race([once(stream, "drain", { signal: done.signal }), once(stream, "close", { signal: done.signal })]).catch(() => undefined);
  done.abort();
}

function csvStream(batches: LedgerRows): Readable {
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
  const node = format === "csv" ? csvStream(batches) : xlsxStream("台账", LEDGER_HEADERS, batches);
  const fileName = `台账-${unit.name}-${toIsoDay(new Date())}.${format}`;
  return {
    fileName,
    contentType: CONTENT_TYPES[format],
    body: Readable.toWeb(node) as ReadableStream<Uint8Array>,
  };
}
