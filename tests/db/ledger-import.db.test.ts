import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { commitImport, dryRunImport } from "@/lib/ledger/import";
import { ROWS_PER_STATEMENT } from "@/lib/ledger/import/apply";
import { createMember, createOrgTree, createUser, type OrgTree } from "../factories";
import { actorFor, outcomeOf } from "./helpers";

// The ledger in, against a real database: a dry run reports every bad input by row and column
// and writes nothing; a commit writes all of a clean file or nothing; importing it again changes
// nothing; a county organiser imports only into his own county.

let tree: OrgTree;
let county: Actor;
let prefecture: Actor;
let names: { county: string; township: string; village: string; sibling: string; siblingTownship: string };
const HEADER = "类型,县（市）,乡（镇）,村（社）,户数,牧区,姓名,手机号,技能";
const csv = (...lines: string[]) => ({ name: "花名册.csv", bytes: new TextEncoder().encode([HEADER, ...lines].join("\r\n")) });

async function counts() {
  const [villages, members, users] = await Promise.all([db.village.count(), db.member.count(), db.user.count()]);
  const versions = await db.village.aggregate({ _sum: { version: true } });
  return { villages, members, users, versions: versions._sum.version };
}

beforeAll(async () => {
  tree = await createOrgTree(db);
  [county, prefecture] = await Promise.all([actorFor(tree.users.countyOrganiser.id), actorFor(tree.users.prefectureOrganiser.id)]);
  const [c0, t00, v000, c1, t10] = await Promise.all([
    db.county.findUniqueOrThrow({ where: { id: tree.county.id } }),
    db.township.findUniqueOrThrow({ where: { id: tree.township.id } }),
    db.village.findUniqueOrThrow({ where: { id: tree.village.id } }),
    db.county.findUniqueOrThrow({ where: { id: tree.siblingCounty.id } }),
    db.township.findUniqueOrThrow({ where: { id: tree.siblingCounty.townships[0].id } }),
  ]);
  names = { county: c0.name, township: t00.name, village: v000.name, sibling: c1.name, siblingTownship: t10.name };
  await createMember(db, { villageId: tree.village.id, name: "已在册", phone: "13700000001" });
  await createUser(db, { role: "TOWNSHIP_OFFICER", phone: "13700000002", townshipId: tree.township.id });
});

describe("dry run", () => {
  it("reports each bad row by row and column, and writes nothing", async () => {
    const before = await counts();
    const { county: c, township: t, sibling, siblingTownship } = names;
    const report = await dryRunImport(county, csv(
      `村,${c},${t},导入新村,120,否,,,`,            // 2 fine
      `,,,,,,,,`,                                   // 3 empty row
      `村,${sibling},${siblingTownship},别县村,50,,,,`, // 4 another county
      `村,${c},没有这个乡,某村,50,,,,`,               // 5 unknown township
      `党员,${c},${t},导入新村,,,张三,1380000000,养殖`, // 6 bad phone format
      `党员,${c},${t},导入新村,,,李四,13800000011,`,    // 7 fine
      `党员,${c},${t},导入新村,,,王五,13800000011,`,    // 8 phone twice in the file
      `党员,${c},${t},导入新村,,,赵六,13700000001,`,    // 9 phone of an existing member
      `书记,${c},${t},导入新村,,,钱七,13700000002,`,    // 10 phone of an existing account
      `党员,${c},${t},不存在的村,,,孙八,,`,            // 11 unknown village
      `村,${c},${t},户数不对,多少,,,,`,                // 12 households not a number
      `会计,${c},${t},导入新村,,,周九,,`,              // 13 unknown type
    ));
    expect(report.ok).toBe(false);
    expect(report.rows).toBe(12);
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, null, "ROW_EMPTY"],
      [4, "县（市）", "COUNTY_OUT_OF_SCOPE"],
      [5, "乡（镇）", "TOWNSHIP_UNKNOWN"],
      [6, "手机号", "PHONE_FORMAT"],
      [8, "手机号", "PHONE_DUPLICATE_IN_FILE"],
      [9, "手机号", "PHONE_TAKEN_MEMBER"],
      [10, "手机号", "PHONE_TAKEN_ACCOUNT"],
      [11, "村（社）", "VILLAGE_UNKNOWN"],
      [12, "户数", "HOUSEHOLDS_FORMAT"],
      [13, "类型", "TYPE_UNKNOWN"],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("reports a wrong header by column", async () => {
    const bytes = new TextEncoder().encode("类型,县,乡（镇）,村（社）,户数,牧区,名字,手机号,技能\r\n村,a,b,c,1,,,,");
    const report = await dryRunImport(county, { name: "x.csv", bytes });
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, "县", "HEADER_UNKNOWN"],
      [1, "名字", "HEADER_UNKNOWN"],
      [1, "县（市）", "HEADER_MISSING"],
      [1, "姓名", "HEADER_MISSING"],
    ]);
  });

  it("refuses a 50 MB file, a renamed non-spreadsheet, a damaged xlsx and a non-UTF-8 CSV with a report", async () => {
    const before = await counts();
    const big = await dryRunImport(county, { name: "big.xlsx", bytes: new Uint8Array(50 * 1024 * 1024) });
    expect(big.problems.map((p) => p.code)).toEqual(["FILE_TOO_LARGE"]);
    const renamed = await dryRunImport(county, { name: "photo.xlsx", bytes: new TextEncoder().encode("just some text, not a workbook") });
    expect(renamed.problems.map((p) => p.code)).toEqual(["FILE_UNREADABLE"]);
    const damaged = await dryRunImport(county, { name: "broken.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]) });
    expect(damaged.problems.map((p) => p.code)).toEqual(["FILE_UNREADABLE"]);
    const gbk = await dryRunImport(county, { name: "gbk.csv", bytes: new Uint8Array([0xc0, 0xe0, 0xd0, 0xcd, 0x2c, 0x0d, 0x0a]) });
    expect(gbk.problems.map((p) => p.code)).toEqual(["FILE_ENCODING"]);
    const pdf = await dryRunImport(county, { name: "roster.pdf", bytes: new Uint8Array([1, 2, 3]) });
    expect(pdf.problems.map((p) => p.code)).toEqual(["FILE_TYPE"]);
    expect(await counts()).toEqual(before);
  });

  it("is for organisers only", async () => {
    const township = await actorFor(tree.users.townshipOfficer.id);
    expect((await outcomeOf(dryRunImport(township, csv(`村,${names.county},${names.township},x,1,,,,`)))).code).toBe("FORBIDDEN");
  });
});

describe("commit", () => {
  it("writes nothing when any row is bad", async () => {
    const before = await counts();
    const { county: c, township: t } = names;
    const result = await commitImport(county, csv(`村,${c},${t},全有全无村,30,是,,,`, `党员,${c},${t},全有全无村,,,甲,13800000021,`, `党员,${c},${t},全有全无村,,,乙,12,`));
    expect(result.committed).toBe(false);
    expect(result.report.problems.map((p) => [p.row, p.column, p.code])).toEqual([[4, "手机号", "PHONE_FORMAT"]]);
    expect(await counts()).toEqual(before);
    expect(await db.village.findFirst({ where: { name: "全有全无村" } })).toBeNull();
  });

  it("writes a clean XLSX file whole, gives new secretaries a working password, and a second import changes nothing", async () => {
    const { county: c, township: t, village: v } = names;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("花名册");
    sheet.addRows([
      HEADER.split(","),
      ["村", c, t, "新建村", 88, "是", "", "", ""],
      ["党员", c, t, "新建村", "", "", "马一", "13800000031", "运输"],
      ["党员", c, t, "新建村", "", "", "马二", "", ""],
      ["党员", c, t, v, "", "", "马三", "13800000032", "养殖"],
      ["书记", c, t, "新建村", "", "", "马书记", "13800000033", ""],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const file = { name: "花名册.xlsx", bytes };
    const dry = await dryRunImport(county, file);
    expect(dry.ok).toBe(true);
    expect(dry.summary).toEqual({ villages: { create: 1, update: 0, unchanged: 0 }, members: { create: 3, update: 0, unchanged: 0 }, accounts: { create: 1, unchanged: 0 } });

    const before = await counts();
    const result = await commitImport(county, file);
    expect(result.committed).toBe(true);
    const village = await db.village.findFirstOrThrow({ where: { name: "新建村", townshipId: tree.township.id }, include: { members: true } });
    expect(village).toMatchObject({ households: 88, isPastoral: true, countyId: tree.county.id, branchName: "新建村党支部" });
    expect(village.members.map((m) => [m.name, m.phone, m.skills]).sort()).toEqual([["马一", "13800000031", "运输"], ["马二", null, ""]]);
    expect(await db.member.count({ where: { villageId: tree.village.id, name: "马三" } })).toBe(1);
    expect(result.accounts).toHaveLength(1);
    const account = await db.user.findUniqueOrThrow({ where: { phone: "13800000033" } });
    expect(account).toMatchObject({ role: "VILLAGE_SECRETARY", villageId: village.id, townshipId: tree.township.id, countyId: tree.county.id });
    expect(await verifyPassword(account.passwordHash, result.accounts[0]!.password)).toBe(true);
    const after = await counts();
    expect(after).toMatchObject({ villages: before.villages + 1, members: before.members + 3, users: before.users + 1 });

    const again = await commitImport(county, file);
    expect(again.committed).toBe(true);
    expect(again.accounts).toEqual([]);
    expect(again.report.summary).toEqual({ villages: { create: 0, update: 0, unchanged: 1 }, members: { create: 0, update: 0, unchanged: 3 }, accounts: { create: 0, unchanged: 1 } });
    expect(await counts()).toEqual(after);
  });
});

describe("commit in bulk", () => {
  it("changes households and skills in place, one version each, and importing the same file again changes nothing", async () => {
    const { county: c, township: t } = names;
    await commitImport(county, csv(`村,${c},${t},改动村,50,否,,,`, `党员,${c},${t},改动村,,,改甲,13800000041,种植`, `党员,${c},${t},改动村,,,改乙,,`));
    const before = await db.village.findFirstOrThrow({ where: { name: "改动村" }, include: { members: { orderBy: { name: "asc" } } } });
    const changed = csv(`村,${c},${t},改动村,60,是,,,`, `党员,${c},${t},改动村,,,改甲,13800000041,养殖、运输`, `党员,${c},${t},改动村,,,改乙,,`);
    const dry = await dryRunImport(county, changed);
    expect(dry.summary).toEqual({ villages: { create: 0, update: 1, unchanged: 0 }, members: { create: 0, update: 1, unchanged: 1 }, accounts: { create: 0, unchanged: 0 } });
    const result = await commitImport(county, changed);
    expect(result.report.summary).toEqual(dry.summary);
    const after = await db.village.findFirstOrThrow({ where: { id: before.id }, include: { members: { orderBy: { name: "asc" } } } });
    expect(after).toMatchObject({ households: 60, isPastoral: true, version: before.version + 1 });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect(after.members.map((m) => [m.name, m.skills, m.version])).toEqual([["改乙", "", 1], ["改甲", "养殖、运输", before.members[1]!.version + 1]]);
    expect(Math.abs(after.members[1]!.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);

    const snapshot = await counts();
    const again = await commitImport(county, changed);
    expect(again.report.summary).toEqual({ villages: { create: 0, update: 0, unchanged: 1 }, members: { create: 0, update: 0, unchanged: 2 }, accounts: { create: 0, unchanged: 0 } });
    expect(await counts()).toEqual(snapshot);
  });

  it("writes more members than one statement takes, each once, with ids in Prisma's shape and the time of the import", async () => {
    const { county: c, township: t } = names;
    const total = ROWS_PER_STATEMENT + 7;
    const lines = [`村,${c},${t},大村甲,900,否,,,`, `村,${c},${t},大村乙,900,否,,,`, `书记,${c},${t},大村乙,,,大书记,13900000001,`];
    for (let i = 0; i < total; i++) lines.push(`党员,${c},${t},${i % 2 ? "大村甲" : "大村乙"},,,大党员${i},${i % 3 ? `15${String(i).padStart(9, "0")}` : ""},技能${i % 5}`);
    const before = await counts();
    const started = Date.now();
    const result = await commitImport(county, csv(...lines));
    expect(result.committed).toBe(true);
    expect(result.report.summary).toMatchObject({ villages: { create: 2 }, members: { create: total }, accounts: { create: 1 } });
    expect(await counts()).toMatchObject({ villages: before.villages + 2, members: before.members + total, users: before.users + 1 });
    const made = await db.member.findMany({ where: { village: { name: { in: ["大村甲", "大村乙"] } } }, select: { id: true, name: true, phone: true, skills: true, createdAt: true, updatedAt: true, village: { select: { name: true } } } });
    expect(new Set(made.map((m) => m.name)).size).toBe(total);
    expect(new Set(made.map((m) => m.id)).size).toBe(total);
    expect(made.every((m) => /^c[0-9a-z]{24}$/.test(m.id))).toBe(true);
    const sample = made.find((m) => m.name === "大党员4")!;
    expect(sample).toMatchObject({ phone: "15000000004", skills: "技能4", village: { name: "大村乙" } });
    expect(made.find((m) => m.name === "大党员3")!.phone).toBeNull();
    expect(sample.createdAt.getTime()).toBeGreaterThanOrEqual(started - 60_000);
    expect(sample.updatedAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
  });
});

describe("scope", () => {
  it("a county organiser cannot import into another county; the prefecture organiser can", async () => {
    const before = await counts();
    const file = csv(`村,${names.sibling},${names.siblingTownship},跨县村,40,,,,`);
    const refused = await commitImport(county, file);
    expect(refused.committed).toBe(false);
    expect(refused.report.problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, "县（市）", "COUNTY_OUT_OF_SCOPE"]]);
    expect(await counts()).toEqual(before);
    const allowed = await commitImport(prefecture, file);
    expect(allowed.committed).toBe(true);
    expect(await db.village.count({ where: { name: "跨县村", countyId: tree.siblingCounty.id } })).toBe(1);
  });
});
