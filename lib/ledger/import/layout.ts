// The roster file (花名册) an organiser imports: one sheet (or one CSV) with a header row and one
// row per village, member or village secretary account, told apart by the 类型 column. Pure.
//
//   类型 | 县（市） | 乡（镇） | 村（社） | 户数 | 牧区 | 姓名 | 手机号 | 技能
//   村   | 德令哈市 | 柯鲁柯镇 | 新村     | 120  | 否   |      |        |
//   党员 | 德令哈市 | 柯鲁柯镇 | 新村     |      |      | 张三 | 13800000000 | 养殖
//   书记 | 德令哈市 | 柯鲁柯镇 | 新村     |      |      | 李四 | 13800000001 |
//
// Townships must exist already; villages are made by 村 rows (or exist already); members and
// secretaries name their village by county, township and village.

export const IMPORT_COLUMNS = ["类型", "县（市）", "乡（镇）", "村（社）", "户数", "牧区", "姓名", "手机号", "技能"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const ROW_KINDS = { 村: "VILLAGE", 村社: "VILLAGE", "村（社）": "VILLAGE", 党员: "MEMBER", 书记: "SECRETARY", 支部书记: "SECRETARY" } as const;
export type RowKind = "VILLAGE" | "MEMBER" | "SECRETARY";

/** Largest file accepted, in bytes; the page says so. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;
/** Problems listed in a report; the count says how many there were in all. */
export const MAX_LISTED_PROBLEMS = 500;

export const PROBLEM_CODES = [
  "FILE_TOO_LARGE", "FILE_EMPTY", "FILE_TYPE", "FILE_UNREADABLE", "FILE_ENCODING", "TOO_MANY_ROWS", "NO_ROWS",
  "HEADER_MISSING", "HEADER_UNKNOWN", "HEADER_DUPLICATE", "ROW_EMPTY", "TYPE_UNKNOWN", "REQUIRED", "TOO_LONG", "HOUSEHOLDS_FORMAT",
  "PASTORAL_FORMAT", "PHONE_FORMAT", "COUNTY_OUT_OF_SCOPE", "COUNTY_UNKNOWN", "TOWNSHIP_UNKNOWN", "VILLAGE_UNKNOWN", "ROW_DUPLICATE",
  "PHONE_DUPLICATE_IN_FILE", "PHONE_TAKEN_ACCOUNT", "PHONE_TAKEN_MEMBER", "NOT_ALLOWED",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One problem of a file: the spreadsheet row (the header is row 1) and column, when it has them. */
export type ImportProblem = { row: number | null; column: ImportColumn | string | null; code: ProblemCode; params?: Record<string, string | number> };

/** A header cell as written, compared without spaces, with either kind of brackets or none. */
export function normaliseHeader(value: string): string {
  return value.replace(/[\s\u3000]/g, "").replace(/[()（）]/g, "");
}

const CANONICAL = new Map<string, ImportColumn>(IMPORT_COLUMNS.map((column) => [normaliseHeader(column), column]));

/** Which column each header cell is (null for a cell that names none), and what is wrong with the header. */
export function readHeader(cells: string[]): { columns: (ImportColumn | null)[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const seen = new Set<ImportColumn>();
  const columns = cells.map((cell) => {
    const text = cell.trim();
    if (!text) return null;
    const column = CANONICAL.get(normaliseHeader(text));
    if (!column) {
      problems.push({ row: 1, column: text, code: "HEADER_UNKNOWN", params: { column: text } });
      return null;
    }
    if (seen.has(column)) {
      problems.push({ row: 1, column, code: "HEADER_DUPLICATE", params: { column } });
      return null;
    }
    seen.add(column);
    return column;
  });
  for (const column of IMPORT_COLUMNS) if (!seen.has(column)) problems.push({ row: 1, column, code: "HEADER_MISSING", params: { column } });
  return { columns, problems };
}

/** The example roster offered for download (docs/examples/roster-example.csv is the same file). */
export const EXAMPLE_ROWS: string[][] = [
  [...IMPORT_COLUMNS],
  ["村", "德令哈市", "柯鲁柯镇", "示范新村", "86", "否", "", "", ""],
  ["党员", "德令哈市", "柯鲁柯镇", "示范新村", "", "", "马永福", "13812340001", "养殖、运输"],
  ["党员", "德令哈市", "柯鲁柯镇", "示范新村", "", "", "韩秀英", "", "刺绣"],
  ["书记", "德令哈市", "柯鲁柯镇", "示范新村", "", "", "马成林", "13812340002", ""],
];
