import { describe, expect, it } from "vitest";
import zh from "@/messages/zh-CN.json";
import { daysOverdue, LEDGER_HEADERS, ledgerRow, type LedgerSourceRow } from "@/lib/ledger/columns";
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
  });
});
