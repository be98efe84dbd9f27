// npm run bench:ledger: the ledger in and out at provincial scale, against its own embedded
// database (.data/bench-ledger-postgres, port 54372; EMBEDDED_PG_DIR / EMBEDDED_PG_PORT override).
//   (a) the time to dry-run and commit a generated roster of 100,000 members (XLSX; with its
//       villages and one secretary account each), target ≤ 30 s for the commit;
//   (b) the peak memory (max RSS) of a process exporting 600,000 pledges as XLSX, target ≤ 300 MB,
//       and that the file holds a row for each of them.
// The 600,000 pledges are copies of one pledge made with INSERT … SELECT generate_series.
// Calls the data layer directly (under the react-server condition, as the app's server does).
import { spawnSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import ExcelJS from "exceljs";

const ROOT = path.resolve(import.meta.dirname, "..");
const PG_PORT = Number(process.env.EMBEDDED_PG_PORT || 54372);
const PG_DIR = process.env.EMBEDDED_PG_DIR || path.join(ROOT, ".data/bench-ledger-postgres");
const MEMBERS = 100_000;
const VILLAGES = 400;
const PLEDGES = Number(process.env.BENCH_PLEDGES || 600_000);
const TARGETS = { importSeconds: 30, exportRssMb: 300 };

/** The rows of an XLSX file's first sheet (xl/worksheets/sheet1.xml), counted while it is inflated. */
async function sheetRows(file: string): Promise<number> {
  const zip = await readFile(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const [compressed, nameLength, extraLength, commentLength, offset] = [
      zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32), zip.readUInt32LE(at + 42),
    ];
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === "xl/worksheets/sheet1.xml") {
      const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
      let rows = 0;
      let tail = "";
      for await (const chunk of Readable.from([zip.subarray(start, start + compressed)]).pipe(createInflateRaw())) {
        const text = tail + (chunk as Buffer).toString("latin1");
        rows += text.split("<row ").length - 1;
        tail = text.slice(-4);
      }
      return rows;
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${file} has no first sheet`);
}

async function main() {
  const { startEmbeddedPostgres } = await import("./lib/embedded-postgres");
  const { resetDatabase } = await import("./lib/migrations");
  const database = await startEmbeddedPostgres({ dataDir: PG_DIR, port: PG_PORT, database: "bench_ledger", persistent: false });
  process.env.DATABASE_URL = database.url;
  try {
    await resetDatabase(database.url);
    const { db } = await import("@/lib/db");
    const { createOrgTree } = await import("@/tests/factories");
    const tree = await createOrgTree(db);
    const county = await db.county.findUniqueOrThrow({ where: { id: tree.county.id } });
    const township = await db.township.findUniqueOrThrow({ where: { id: tree.township.id } });
    const { actorFor } = await import("@/tests/db/helpers");
    const actor = await actorFor(tree.users.countyOrganiser.id);

    // (a) the roster
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("花名册");
    sheet.addRow(["类型", "县（市）", "乡（镇）", "村（社）", "户数", "牧区", "姓名", "手机号", "技能"]);
    const perVillage = MEMBERS / VILLAGES;
    for (let v = 0; v < VILLAGES; v++) {
      const village = `基准村${v}`;
      sheet.addRow(["村", county.name, township.name, village, 100 + (v % 200), v % 3 === 0 ? "是" : "否"]);
      sheet.addRow(["书记", county.name, township.name, village, "", "", `书记${v}`, `137${String(v).padStart(8, "0")}`]);
      for (let m = 0; m < perVillage; m++) {
        const n = v * perVillage + m;
        sheet.addRow(["党员", county.name, township.name, village, "", "", `党员${n}`, `138${String(n).padStart(8, "0")}`, "养殖"]);
      }
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { commitImport, dryRunImport } = await import("@/lib/ledger/import");
    const file = { name: "roster.xlsx", bytes };
    let started = performance.now();
    const dry = await dryRunImport(actor, file);
    const drySeconds = (performance.now() - started) / 1000;
    if (!dry.ok) throw new Error(`The generated roster has problems: ${JSON.stringify(dry.problems.slice(0, 5))}`);
    started = performance.now();
    const result = await commitImport(actor, file);
    const commitSeconds = (performance.now() - started) / 1000;
    if (!result.committed || (await db.member.count()) < MEMBERS) throw new Error("The roster was not imported");
    started = performance.now();
    const again = await commitImport(actor, file);
    const againSeconds = (performance.now() - started) / 1000;

    console.log(`Roster: ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB XLSX, ${MEMBERS.toLocaleString("en")} members, ${VILLAGES} villages, ${VILLAGES} secretary accounts`);
    console.log(`  dry run ${drySeconds.toFixed(1)} s · commit ${commitSeconds.toFixed(1)} s (target ≤ ${TARGETS.importSeconds} s) · re-import (no change: ${again.report.summary.members.unchanged} unchanged) ${againSeconds.toFixed(1)} s`);

    // (b) the export
    started = performance.now();
    const seed = await db.pledge.create({
      data: {
        campaignId: tree.campaignId, villageId: tree.village.id, townshipId: tree.township.id, countyId: tree.county.id, pledgerKind: "BRANCH",
        area: "DRINKING_WATER", action: "为缺水户修建水窖", quantity: 12, unit: "口", placeOrBeneficiaries: "全村缺水户", dueOn: new Date("2026-06-30"),
        responsiblePerson: "村党支部书记", verification: "水窖蓄水可用，户主签字确认", status: "PUBLISHED", publishedAt: new Date(),
      },
    });
    await db.$executeRawUnsafe(`
      INSERT INTO "Pledge" (id, "campaignId", "villageId", "townshipId", "countyId", "pledgerKind", area, action, quantity, unit, "placeOrBeneficiaries",
        "dueOn", "responsiblePerson", verification, status, "publishedAt", "updatedAt")
      SELECT 'bench-' || lpad(g::text, 7, '0'), p."campaignId", p."villageId", p."townshipId", p."countyId", p."pledgerKind", p.area, p.action || ' 第' || g || '处',
        p.quantity, p.unit, p."placeOrBeneficiaries", p."dueOn" + (g % 200), p."responsiblePerson", p.verification, p.status, p."publishedAt", now()
      FROM "Pledge" p, generate_series(1, ${PLEDGES - 1}) g WHERE p.id = '${seed.id}'`);
    await db.$executeRawUnsafe(`ANALYZE "Pledge"`);
    console.log(`Pledges: ${PLEDGES.toLocaleString("en")} made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await db.$disconnect();

    const exported = path.join(path.dirname(PG_DIR), "bench-ledger-export.xlsx");
    const child = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(ROOT, "scripts/bench-ledger-export.ts"), tree.users.prefectureOrganiser.id, exported], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"],
    });
    const figures = JSON.parse(child.stdout.trim().split("\n").pop() || "{}") as { rows: number; mb: number; seconds: number; maxRssMb: number };
    // The file's own rows, less the header: the export wrote every pledge, not just counted them.
    const rowsInFile = (await sheetRows(exported)) - 1;
    await rm(exported, { force: true });
    console.log(`Export: the ledger of ${figures.rows.toLocaleString("en")} pledges as XLSX (${rowsInFile.toLocaleString("en")} rows in the file), ${figures.mb.toFixed(0)} MB in ${figures.seconds.toFixed(1)} s; peak RSS of the exporting process ${figures.maxRssMb.toFixed(0)} MB (target ≤ ${TARGETS.exportRssMb} MB)`);
    const pass = commitSeconds <= TARGETS.importSeconds && figures.maxRssMb <= TARGETS.exportRssMb && figures.rows === PLEDGES && rowsInFile === PLEDGES;
    console.log(pass ? "Both targets met." : "A target was missed.");
    process.exitCode = pass ? 0 : 1;
  } finally {
    await database.stop();
  }
}

await main();
