// Reading a roster file into rows of text cells: CSV (UTF-8, with or without a BOM) or XLSX.
// A file that is neither, too large, or damaged is a problem in the report, never a crash.
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportProblem } from "./layout";

export type RawRow = { row: number; cells: string[] };
export type RawTable = { header: string[]; rows: RawRow[] };

const fileProblem = (code: ImportProblem["code"], params?: ImportProblem["params"]): { problems: ImportProblem[] } => ({
  problems: [{ row: null, column: null, code, params }],
});

const isZip = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const out: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    out.push(cells);
  }
  return out;
}

function readCsv(bytes: Uint8Array): string[][] | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  return parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
}

/** The header and data rows of a file, or the problems that stop it being read at all. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<RawTable | { problems: ImportProblem[] }> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return fileProblem("FILE_TOO_LARGE", { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (bytes.byteLength === 0) return fileProblem("FILE_EMPTY");
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  let grid: string[][];
  if (extension === "xlsx") {
    if (!isZip(bytes)) return fileProblem("FILE_UNREADABLE");
    try {
      grid = await readXlsx(bytes);
    } catch {
      return fileProblem("FILE_UNREADABLE");
    }
  } else if (extension === "csv") {
    if (bytes.includes(0)) return fileProblem("FILE_UNREADABLE");
    let parsed: string[][] | null;
    try {
      parsed = readCsv(bytes);
    } catch {
      return fileProblem("FILE_UNREADABLE");
    }
    if (!parsed) return fileProblem("FILE_ENCODING");
    grid = parsed;
  } else {
    return fileProblem("FILE_TYPE");
  }
  while (grid.length > 0 && grid[grid.length - 1]!.every((cell) => cell === "")) grid.pop();
  if (grid.length === 0) return fileProblem("FILE_EMPTY");
  if (grid.length - 1 > MAX_IMPORT_ROWS) return fileProblem("TOO_MANY_ROWS", { max: MAX_IMPORT_ROWS });
  const [header, ...rows] = grid;
  return { header: header!, rows: rows.map((cells, index) => ({ row: index + 2, cells })) };
}
