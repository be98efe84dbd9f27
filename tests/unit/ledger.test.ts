import { Readable } from "node:stream";
import { crc32, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import zh from "@/messages/zh-CN.json";
import { daysLeft } from "@/lib/format";
import { daysOverdue, LEDGER_HEADERS, ledgerRow, type LedgerSourceRow } from "@/lib/ledger/columns";
import { columnName, MAX_CELL_CHARS, xlsxStream, type XlsxCell } from "@/lib/ledger/xlsx";
import { IMPORT_COLUMNS, PROBLEM_CODES, readHeader } from "@/lib/ledger/import/layout";
import { validateRows } from "@/lib/ledger/import/validate";

const HEADER = [...IMPORT_COLUMNS];
const table = (...rows: string[][]) => ({ header: HEADER, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });

describe("roster header", () => {
  it("accepts the columns in any order, with ASCII brackets, none, or spaces", () => {
    const { columns, problems } = readHeader(["姓名", "县(市)", "乡镇", " 村（社） ", "类型", "户数", "牧区", "手机号", "技能"]);
    expect(problems).toEqual([]);
    expect(columns).toEqual(["姓名", "县（市）", "乡（镇）", "村（社）", "类型", "户数", "牧区", "手机号", "技能"]);
  });

  it("names each missing, unknown and repeated column", () => {
    const { problems } = readHeader(["类型", "类型", "县（市）", "乡（镇）", "村（社）", "户数", "牧区", "名字", "手机号"]);
    expect(problems.map((p) => [p.code, p.column])).toEqual([["HEADER_DUPLICATE", "类型"], ["HEADER_UNKNOWN", "名字"], ["HEADER_MISSING", "姓名"], ["HEADER_MISSING", "技能"]]);
  });
});

describe("roster rows", () => {
  it("reports each bad cell by row and column, in Chinese", () => {
    const { rows, problems } = validateRows(table(
      ["村", "德令哈市", "柯鲁柯镇", "新村", "0", "也许", "", "", ""],
      ["", "", "", "", "", "", "", "", ""],
      ["党员", "德令哈市", "柯鲁柯镇", "新村", "", "", "", "1234", ""],
      ["书记", "德令哈市", "柯鲁柯镇", "新村", "", "", "马书记", "", ""],
      ["干部", "德令哈市", "柯鲁柯镇", "新村", "", "", "某", "", ""],
    ));
    expect(rows).toEqual([]);
    const messages = problems.map((p) => `${p.row}·${p.column}·${(zh.ledger.problems as Record<string, string>)[p.code]}`);
    expect(messages).toEqual([
      "2·户数·户数应是 1 到 100000 之间的整数。",
      "2·牧区·牧区填“是”或“否”，也可以不填。",
      "3·null·空行：请删除。",
      "4·姓名·必须填写。",
      "4·手机号·手机号应是 1 开头的 11 位数字。",
      "5·手机号·必须填写。",
      "6·类型·类型“{value}”不对，只能是“村”“党员”或“书记”。",
    ]);
  });

  it("finds repeated rows and phones used twice", () => {
    const member = (name: string, phone: string) => ["党员", "县", "乡", "村", "", "", name, phone, ""];
    const { rows, problems } = validateRows(table(member("甲", "13800000001"), member("甲", "13800000001"), member("乙", "13800000001"), member("丙", "")));
    expect(rows).toHaveLength(4);
    expect(problems.map((p) => [p.row, p.column, p.code, p.params])).toEqual([
      [3, "姓名", "ROW_DUPLICATE", { first: 2 }],
      [4, "手机号", "PHONE_DUPLICATE_IN_FILE", { first: 2 }],
    ]);
  });

  it("has a message in both languages for every problem code", () => {
    for (const code of PROBLEM_CODES) expect((zh.ledger.problems as Record<string, string>)[code], code).toBeTruthy();
  });
});

describe("ledger rows", () => {
  const source: LedgerSourceRow = {
    id: "p1", codeNumber: 7, pledgerKind: "MEMBER", area: "DRINKING_WATER", action: "=1+1", quantity: "12.00", unit: "口", placeOrBeneficiaries: "@全村",
    dueOn: "2026-05-01", responsiblePerson: "-张三", verification: "+验收", status: "IN_PROGRESS", vagueFlags: [], overrideReason: null, explanation: null,
    assessment: null, publishedAt: null, county: "德令哈市", township: "柯鲁柯镇", village: "新村", branchName: "新村党支部", memberName: "马一",
    pledgerTownship: null, department: null, problem: "饮水难",
  };
  const cell = (row: (string | number)[], header: (typeof LEDGER_HEADERS)[number]) => row[LEDGER_HEADERS.indexOf(header)];

  it("neutralises cells a spreadsheet would run as formulas, and keeps numbers numbers", () => {
    const row = ledgerRow(source, undefined, "2026-05-04");
    expect(row).toHaveLength(LEDGER_HEADERS.length);
    expect(cell(row, "承诺事项")).toBe("'=1+1");
    expect(cell(row, "地点或受益对象")).toBe("'@全村");
    expect(cell(row, "责任人")).toBe("'-张三");
    expect(cell(row, "怎样算办成")).toBe("'+验收");
    expect(cell(row, "数量")).toBe(12);
    expect(cell(row, "承诺人")).toBe("马一");
    expect(cell(row, "状态")).toBe("兑现中");
    expect(cell(row, "逾期天数")).toBe(3);
    expect(cell(row, "标记")).toBe("逾期未说明");
  });

  it("counts days overdue only for pledges still owed", () => {
    expect(daysOverdue({ status: "PUBLISHED", dueOn: "2026-05-01" }, "2026-05-01")).toBeNull();
    expect(daysOverdue({ status: "PUBLISHED", dueOn: "2026-05-01" }, "2026-05-11")).toBe(10);
    expect(daysOverdue({ status: "DONE", dueOn: "2026-05-01" }, "2026-05-11")).toBeNull();
    expect(daysOverdue({ status: "IN_PROGRESS", dueOn: "2027-12-31" }, "2028-03-01")).toBe(61);
  });

  it("counts the same calendar days as the boards do (lib/format's daysLeft)", () => {
    const day = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (dueOn, today) => {
        const left = daysLeft(dueOn, today);
        expect(daysOverdue({ status: "PUBLISHED", dueOn }, today)).toBe(left < 0 ? -left : null);
      }),
      { numRuns: 300 },
    );
  });
});

/** The entries of a ZIP, each inflated and its CRC-32 and sizes checked against the central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const [crc, compressed, size, nameLength, extraLength, commentLength, offset] = [
      zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 24), zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32), zip.readUInt32LE(at + 42),
    ];
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    expect(zip.readUInt32LE(offset)).toBe(0x04034b50);
    const dataStart = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const data = inflateRawSync(zip.subarray(dataStart, dataStart + compressed));
    expect([name, data.length, crc32(data)]).toEqual([name, size, crc]);
    entries.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* batchesOf(...batches: XlsxCell[][][]): AsyncGenerator<XlsxCell[][]> {
  for (const batch of batches) yield batch;
}

describe("the ledger's XLSX writer", () => {
  it("names columns as a spreadsheet does", () => {
    expect([0, 25, 26, 30, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AE", "ZZ", "AAA"]);
  });

  it("writes a valid ZIP whose sheet opens with every value as written: text escaped, numbers as numbers, blanks left out", async () => {
    const awkward = ["a & b < c > \"d\" 'e'", " leading", "trailing ", "two\nlines", "bell\u0007gone", "马永福 🐎"];
    const zip = await bytesOf(xlsxStream("台账", ["文本", "数字", "空"], batchesOf(
      awkward.slice(0, 3).map((text, i) => [text, i + 0.5, null]),
      awkward.slice(3).map((text, i) => [text, -(i + 1), ""]),
    )));
    const entries = unzip(zip);
    expect([...entries.keys()].sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(zip as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("台账");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const rows = Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1));
    expect(rows).toEqual([
      ["文本", "数字", "空"],
      ["a & b < c > \"d\" 'e'", 0.5], [" leading", 1.5], ["trailing ", 2.5],
      ["two\nlines", -1], ["bellgone", -2], ["马永福 🐎", -3],
    ]);
  });

  it("cuts text a cell cannot hold, never inside a surrogate pair", async () => {
    const long = `${"字".repeat(MAX_CELL_CHARS - 1)}🐎tail`;
    const zip = await bytesOf(xlsxStream("台账", ["文本"], batchesOf([[long], ["x".repeat(MAX_CELL_CHARS)]])));
    const sheet = unzip(zip).get("xl/worksheets/sheet1.xml")!.toString("utf8");
    const texts = [...sheet.matchAll(/<t>([^<]*)<\/t>/g)].map((m) => m[1]!);
    expect(texts.map((t) => t.length)).toEqual([2, MAX_CELL_CHARS - 1, MAX_CELL_CHARS]);
    expect(texts[1]!.endsWith("字")).toBe(true);
  });

  it("reads its rows only as fast as the file is read, and stops reading them when the reader goes away", async () => {
    let pulled = 0;
    let finished = false;
    async function* many(): AsyncGenerator<XlsxCell[][]> {
      try {
        for (let b = 0; b < 2000; b++) {
          pulled++;
          yield Array.from({ length: 100 }, (_, i) => [`第${b}批第${i}行：${Math.random()}`, b * 100 + i]);
        }
      } finally {
        finished = true;
      }
    }
    const stream = xlsxStream("台账", ["文本", "数字"], many());
    let read = 0;
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      if (read > 64 * 1024) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(200);
    expect(finished).toBe(true);
  });

  it("fails the file, not the process, when the rows fail", async () => {
    async function* failing(): AsyncGenerator<XlsxCell[][]> {
      yield [["一行", 1]];
      throw new Error("database went away");
    }
    await expect(bytesOf(xlsxStream("台账", ["文本", "数字"], failing()))).rejects.toThrow("database went away");
  });
});
