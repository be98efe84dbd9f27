// Checking a roster's rows on their own and against each other (pure): the header, each cell,
// and duplicates inside the file. Checks against the database are plan.ts's.
import { readHeader, ROW_KINDS, type ImportColumn, type ImportProblem, type RowKind } from "./layout";
import type { RawTable } from "./parse";

type Place = { row: number; county: string; township: string; village: string };
export type VillageRow = Place & { kind: "VILLAGE"; households: number; isPastoral: boolean };
export type MemberRow = Place & { kind: "MEMBER"; name: string; phone: string; skills: string };
export type SecretaryRow = Place & { kind: "SECRETARY"; name: string; phone: string };
export type ImportRow = VillageRow | MemberRow | SecretaryRow;

const PHONE = /^1\d{10}$/;
const YES = new Set(["是", "牧区", "y", "yes", "true", "1"]);
const NO = new Set(["", "否", "n", "no", "false", "0"]);
const LIMITS: Partial<Record<ImportColumn, number>> = { "县（市）": 50, "乡（镇）": 50, "村（社）": 50, 姓名: 30, 技能: 200 };

/** The key of a village in a file and in the database: county, township and name. */
export const villageKey = (place: { county: string; township: string; village: string }) => `${place.county}\u0000${place.township}\u0000${place.village}`;

export function validateRows(table: RawTable): { rows: ImportRow[]; problems: ImportProblem[] } {
  const header = readHeader(table.header);
  if (header.problems.length > 0) return { rows: [], problems: header.problems };
  if (table.rows.length === 0) return { rows: [], problems: [{ row: null, column: null, code: "NO_ROWS" }] };
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  for (const raw of table.rows) {
    const cell: Partial<Record<ImportColumn, string>> = {};
    header.columns.forEach((column, index) => {
      if (column) cell[column] = (raw.cells[index] ?? "").trim();
    });
    if (raw.cells.every((value) => value.trim() === "")) {
      problems.push({ row: raw.row, column: null, code: "ROW_EMPTY" });
      continue;
    }
    const before = problems.length;
    const at = (column: ImportColumn, code: ImportProblem["code"], params?: ImportProblem["params"]) => problems.push({ row: raw.row, column, code, params });
    const text = (column: ImportColumn, required: boolean): string => {
      const value = cell[column] ?? "";
      if (required && !value) at(column, "REQUIRED");
      const max = LIMITS[column];
      if (max && value.length > max) at(column, "TOO_LONG", { max });
      return value;
    };
    const kindText = cell["类型"] ?? "";
    const kind: RowKind | undefined = ROW_KINDS[kindText as keyof typeof ROW_KINDS];
    if (!kind) {
      if (kindText) at("类型", "TYPE_UNKNOWN", { value: kindText });
      else at("类型", "REQUIRED");
      continue;
    }
    const place = { row: raw.row, county: text("县（市）", true), township: text("乡（镇）", true), village: text("村（社）", true) };
    if (kind === "VILLAGE") {
      const householdsText = text("户数", true).replace(/[,，]/g, "");
      const households = Number(householdsText);
      if (householdsText && !(/^\d+$/.test(householdsText) && households >= 1 && households <= 100000)) at("户数", "HOUSEHOLDS_FORMAT");
      const pastoral = (cell["牧区"] ?? "").toLowerCase();
      if (!YES.has(pastoral) && !NO.has(pastoral)) at("牧区", "PASTORAL_FORMAT");
      if (problems.length === before) rows.push({ ...place, kind, households, isPastoral: YES.has(pastoral) });
      continue;
    }
    const name = text("姓名", true);
    const phone = text("手机号", kind === "SECRETARY").replace(/[\s-]/g, "");
    if (phone && !PHONE.test(phone)) at("手机号", "PHONE_FORMAT");
    if (kind === "MEMBER") {
      const skills = text("技能", false);
      if (problems.length === before) rows.push({ ...place, kind, name, phone, skills });
    } else if (problems.length === before) {
      rows.push({ ...place, kind, name, phone });
    }
  }
  problems.push(...duplicatesIn(rows));
  return { rows, problems };
}

/** Rows that repeat an earlier one's key, and phones used twice by members or twice by secretaries. */
export function duplicatesIn(rows: ImportRow[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const firstKey = new Map<string, number>();
  const firstPhone = new Map<string, number>();
  for (const row of rows) {
    const key =
      row.kind === "VILLAGE" ? `V\u0000${villageKey(row)}`
      : row.kind === "MEMBER" ? `M\u0000${villageKey(row)}\u0000${row.name}\u0000${row.phone}`
      : `S\u0000${row.phone}`;
    const earlier = firstKey.get(key);
    if (earlier !== undefined) {
      problems.push({ row: row.row, column: row.kind === "SECRETARY" ? "手机号" : row.kind === "VILLAGE" ? "村（社）" : "姓名", code: "ROW_DUPLICATE", params: { first: earlier } });
      continue;
    }
    firstKey.set(key, row.row);
    if (row.kind === "VILLAGE" || !row.phone) continue;
    const phoneKey = `${row.kind}\u0000${row.phone}`;
    const samePhone = firstPhone.get(phoneKey);
    if (samePhone !== undefined) problems.push({ row: row.row, column: "手机号", code: "PHONE_DUPLICATE_IN_FILE", params: { first: samePhone } });
    else firstPhone.set(phoneKey, row.row);
  }
  return problems;
}
