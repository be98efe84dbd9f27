import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { openLedgerExport } from "@/lib/ledger/export";
import { LEDGER_HEADERS } from "@/lib/ledger/columns";
import { createBallots, createEvaluationRound, createOrgTree, createPledge, createVillage, type OrgTree } from "../factories";
import { actorFor, outcomeOf } from "./helpers";

// The ledger out: a few thousand pledges streamed in small batches come out whole and in both
// formats, with the Chinese headers; a county organiser's file holds only his county's pledges.

let tree: OrgTree;
let county: Actor;
let prefecture: Actor;
const PER_COUNTY = 2100;

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  tree = await createOrgTree(db);
  [county, prefecture] = await Promise.all([actorFor(tree.users.countyOrganiser.id), actorFor(tree.users.prefectureOrganiser.id)]);
  const first = await createPledge(db, { villageId: tree.village.id, campaignId: tree.campaignId, status: "PUBLISHED", action: "=HYPERLINK(\"http://x\")" });
  // Copies of one pledge, made in SQL: the export reads rows, not how they were made.
  const copy = (villageId: string, townshipId: string, countyId: string) => db.$executeRaw`
    INSERT INTO "Pledge" (id, "campaignId", "villageId", "townshipId", "countyId", "pledgerKind", area, action, "placeOrBeneficiaries", "dueOn", "responsiblePerson", verification, status, "updatedAt")
    SELECT 'copy-' || ${countyId} || '-' || g, p."campaignId", ${villageId}, ${townshipId}, ${countyId}, p."pledgerKind", p.area, '修水渠 ' || g || ' 米', p."placeOrBeneficiaries", p."dueOn", p."responsiblePerson", p.verification, p.status, now()
    FROM "Pledge" p, generate_series(1, ${PER_COUNTY - (countyId === tree.county.id ? 1 : 0)}) g WHERE p.id = ${first.id}`;
  const sibling = tree.siblingCounty.townships[0].villages[0];
  await copy(tree.village.id, tree.township.id, tree.county.id);
  await copy(sibling.id, sibling.townshipId, sibling.countyId);
});

describe("ledger export", () => {
  it("streams a county's pledges as CSV with a BOM, the Chinese headers, formulas neutralised, and nothing from another county", async () => {
    const { body, contentType, fileName } = await openLedgerExport(county, { format: "csv", batchSize: 500 });
    expect(contentType).toMatch(/text\/csv/);
    expect(fileName).toMatch(/\.csv$/);
    const bytes = await readAll(body);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString("utf8"), { bom: true }) as string[][];
    expect(rows[0]).toEqual([...LEDGER_HEADERS]);
    expect(rows).toHaveLength(PER_COUNTY + 1);
    const ids = rows.slice(1).map((row) => row[0]);
    expect(new Set(ids).size).toBe(PER_COUNTY);
    const countyName = (await db.county.findUniqueOrThrow({ where: { id: tree.county.id } })).name;
    expect(rows.slice(1).every((row) => row[2] === countyName)).toBe(true);
    const action = LEDGER_HEADERS.indexOf("承诺事项");
    expect(rows.find((row) => row[action]!.includes("HYPERLINK"))![action]).toBe("'=HYPERLINK(\"http://x\")");
  });

  it("streams the whole prefecture as an XLSX that opens with the Chinese headers", async () => {
    const { body } = await openLedgerExport(prefecture, { format: "xlsx", batchSize: 700 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readAll(body)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("台账");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...LEDGER_HEADERS]);
    expect(sheet.rowCount).toBe(2 * PER_COUNTY + 1);
    expect(sheet.getRow(2).getCell(LEDGER_HEADERS.indexOf("状态") + 1).value).toBe("已公开");
  });

  it("refuses roles without a ledger and units outside reach before any byte", async () => {
    const secretary = await actorFor(tree.users.villageSecretary.id);
    expect((await outcomeOf(openLedgerExport(secretary, { format: "csv" }))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(openLedgerExport(county, { format: "csv", unit: `county:${tree.siblingCounty.id}` }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(openLedgerExport(county, { format: "pdf" }))).code).toBe("INVALID");
  });

  it("writes one village's pledges the same in both formats: the instant published, days overdue and the published evaluation", async () => {
    const village = await createVillage(db, { townshipId: tree.township.id, countyId: tree.county.id, households: 200 });
    const publishedAt = new Date("2026-03-04T17:30:05.123Z");
    const overdue = await createPledge(db, { villageId: village.id, campaignId: tree.campaignId, status: "PUBLISHED", publishedAt, dueOn: new Date("2020-01-10T00:00:00Z"), explanation: null });
    const done = await createPledge(db, { villageId: village.id, campaignId: tree.campaignId, status: "DONE", dueOn: new Date("2020-01-10T00:00:00Z") });
    const round = await createEvaluationRound(db, { villageId: village.id, campaignId: tree.campaignId, pledgeIds: [done.id], status: "CLOSED", opensAt: new Date(Date.now() - 10 * 86_400_000) });
    await createBallots(db, round.id, Array.from({ length: 20 }, () => ({ votes: [{ pledgeId: done.id, rating: "SATISFIED" as const }] })));

    const unit = `village:${village.id}`;
    // Read as a server in China would be set: the instants must not move with the server's zone.
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Shanghai";
    const workbook = new ExcelJS.Workbook();
    let csv: string[][];
    try {
      csv = parse((await readAll((await openLedgerExport(county, { format: "csv", unit })).body)).toString("utf8"), { bom: true }) as string[][];
      await workbook.xlsx.load((await readAll((await openLedgerExport(county, { format: "xlsx", unit })).body)) as unknown as ExcelJS.Buffer);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const sheet = workbook.worksheets[0]!;
    const xlsx = Array.from({ length: sheet.rowCount }, (_, i) => LEDGER_HEADERS.map((_, c) => sheet.getRow(i + 1).getCell(c + 1).value ?? ""));
    expect(xlsx.map((row) => row.map(String))).toEqual(csv);

    const at = (header: (typeof LEDGER_HEADERS)[number]) => LEDGER_HEADERS.indexOf(header);
    const [first, second] = [overdue.id, done.id].sort();
    expect(xlsx.slice(1).map((row) => row[at("编号")])).toEqual([first, second]);
    const byId = new Map(xlsx.slice(1).map((row) => [row[at("编号")], row]));
    const late = byId.get(overdue.id)!;
    expect(late[at("公开时间")]).toBe(publishedAt.toISOString());
    expect(late[at("逾期天数")]).toBeGreaterThan(2000);
    expect(late[at("标记")]).toBe("逾期未说明");
    const rated = byId.get(done.id)!;
    expect([rated[at("评议票数")], rated[at("满意")], rated[at("不满意")], rated[at("满意率（%）")]]).toEqual([20, 20, 0, 100]);
    expect(rated[at("评议标记")]).toBe("全部满意");
    expect(rated[at("标记")]).toBe("评议异常");
  });
});
