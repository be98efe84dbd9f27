// A one-sheet XLSX written as a stream, for the ledger: the sheet's XML is made row by row and
// deflated into a ZIP as it is read, so memory holds one chunk whatever the row count. Cells are
// numbers or inline strings (no shared-string table, one default style).
//
// Written by hand rather than with exceljs's streaming WorkbookWriter, for memory. That writer
// allocates about 40 KB per ledger row (Row, Cell and model objects, XML fragments), so the young
// generation is collected dozens of times a second and the batch of pledges being written is
// promoted to the old generation each time; and its worksheet buffer writes into the ZIP without
// waiting, so rows that come faster than they are compressed pile up uncompressed. 600,000 rows
// peaked at 390 MB through it, with the same reading of the database that peaks at 260 MB here.
import { Readable, pipeline } from "node:stream";
import { createDeflateRaw, crc32 } from "node:zlib";

export type XlsxCell = string | number | null | undefined;

const CHUNK_BYTES = 64 * 1024;
const MAX_ZIP32 = 0xffffffff;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Characters XML 1.0 cannot hold at all (C0 controls but tab and newlines, lone surrogates, U+FFFE/F): dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };

const NEEDS_ESCAPE = /[&<>"\r]/;
/** Leading or trailing white space, or a line break: kept only with xml:space="preserve". */
const PRESERVE = /^\s|\s$|\n/;

/** Text as XML character data (nothing allocated for the usual text that needs no change). */
export function xmlText(value: string): string {
  NOT_XML.lastIndex = 0;
  if (NOT_XML.test(value)) value = value.replace(NOT_XML, "");
  return NEEDS_ESCAPE.test(value) ? value.replace(/[&<>"\r]/g, (c) => ESCAPES[c]!) : value;
}

/** Excel refuses a workbook with a cell longer than this (the CSV keeps such text whole). */
export const MAX_CELL_CHARS = 32767;

/** Text cut to what a cell can hold, never between the halves of a surrogate pair. */
function cellText(value: string): string {
  if (value.length <= MAX_CELL_CHARS) return value;
  const cut = /[\uD800-\uDBFF]/.test(value[MAX_CELL_CHARS - 1]!) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return value.slice(0, cut);
}

/** The column letters of a zero-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * The sheet's bytes in chunks of about CHUNK_BYTES, written piece by piece straight into each
 * chunk: a row makes almost no garbage, so the young generation is collected seldom enough that
 * the batch of pledges being written dies young instead of being promoted to the old generation.
 */
class Chunks {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  readonly full: Buffer[] = [];

  private room(bytes: number) {
    if (this.used + bytes <= this.buffer.length) return;
    this.flush();
  }

  flush() {
    if (this.used === 0) return;
    this.full.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  /** ASCII only: tags, attribute values, numbers. */
  ascii(text: string) {
    this.room(text.length);
    this.used += this.buffer.write(text, this.used, "latin1");
  }

  /** Any text (UTF-8 takes at most three bytes per UTF-16 unit). */
  text(text: string) {
    if (text.length * 3 > CHUNK_BYTES / 2) {
      this.flush();
      this.full.push(Buffer.from(text, "utf8"));
      return;
    }
    this.room(text.length * 3);
    this.used += this.buffer.write(text, this.used, "utf8");
  }
}

/** The worksheet part: the header row frozen at the top, then every row of `batches`. */
async function* sheetXml(header: readonly string[], batches: AsyncIterable<Iterable<XlsxCell[]>>): AsyncGenerator<Buffer> {
  const columns: string[] = [];
  const out = new Chunks();
  let rowNumber = 0;
  const writeRow = (cells: readonly XlsxCell[]) => {
    const number = String(++rowNumber);
    while (columns.length < cells.length) columns.push(`<c r="${columnName(columns.length)}`);
    out.ascii(`<row r="${number}">`);
    for (let i = 0; i < cells.length; i++) {
      let value = cells[i];
      if (value === null || value === undefined || value === "") continue;
      out.ascii(columns[i]!);
      out.ascii(number);
      if (typeof value === "number" && Number.isFinite(value)) {
        out.ascii('"><v>');
        out.ascii(String(value));
        out.ascii("</v></c>");
        continue;
      }
      value = xmlText(cellText(String(value)));
      out.ascii(PRESERVE.test(value) ? '" t="inlineStr"><is><t xml:space="preserve">' : '" t="inlineStr"><is><t>');
      out.text(value);
      out.ascii("</t></is></c>");
    }
    out.ascii("</row>");
  };
  out.text(
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>',
  );
  writeRow(header);
  for await (const batch of batches) {
    for (const cells of batch) {
      writeRow(cells);
      if (out.full.length > 0) yield* out.full.splice(0);
    }
  }
  out.ascii("</sheetData></worksheet>");
  out.flush();
  yield* out.full.splice(0);
}

function packageParts(sheetName: string): { name: string; xml: string }[] {
  const type = (part: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}+xml`;
  return [
    {
      name: "[Content_Types].xml",
      xml: `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${type("sheet.main")}"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${type("worksheet")}"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${type("styles")}"/></Types>`,
    },
    {
      name: "_rels/.rels",
      xml: `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      xml: `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      xml: `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: "xl/styles.xml",
      xml: `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    },
  ];
}

/** MS-DOS date and time fields of a ZIP entry. */
function dosDateTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((Math.max(at.getFullYear(), 1980) - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

// ZIP (APPNOTE 6.3): each entry deflated, with its CRC and sizes in a data descriptor after the
// data (flag bit 3), since a streamed sheet's are known only at its end; names in UTF-8 (bit 11).
const FLAGS = 0x0808;
const DEFLATE = 8;
const VERSION = 20;

function localHeader(name: Buffer, at: { time: number; date: number }): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(FLAGS, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(at.time, 10);
  header.writeUInt16LE(at.date, 12);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

type Written = { name: Buffer; crc: number; size: number; compressed: number; offset: number };

function dataDescriptor(entry: Written): Buffer {
  const out = Buffer.alloc(16);
  out.writeUInt32LE(0x08074b50, 0);
  out.writeUInt32LE(entry.crc, 4);
  out.writeUInt32LE(entry.compressed, 8);
  out.writeUInt32LE(entry.size, 12);
  return out;
}

function centralDirectory(entries: Written[], at: { time: number; date: number }, offset: number): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(FLAGS, 8);
    header.writeUInt16LE(DEFLATE, 10);
    header.writeUInt16LE(at.time, 12);
    header.writeUInt16LE(at.date, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(entry.compressed, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(entry.name.length, 28);
    header.writeUInt32LE(entry.offset, 42);
    parts.push(header, entry.name);
  }
  const size = parts.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, end]);
}

/** A ZIP of `entries`, each read only as the output is read (deflate pulls through a pipe). */
async function* zipStream(entries: { name: string; data: AsyncIterable<Buffer> }[], at: Date): AsyncGenerator<Buffer> {
  const stamp = dosDateTime(at);
  const written: Written[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const entry: Written = { name: Buffer.from(name, "utf8"), crc: 0, size: 0, compressed: 0, offset };
    const header = localHeader(entry.name, stamp);
    offset += header.length;
    yield header;
    const counted = async function* () {
      for await (const chunk of data) {
        entry.crc = crc32(chunk, entry.crc);
        entry.size += chunk.length;
        if (entry.size > MAX_ZIP32) throw new Error("The sheet is larger than a ZIP without ZIP64 can hold");
        yield chunk;
      }
    };
    const deflate = createDeflateRaw();
    // Errors reach the loop below: pipeline destroys the deflate stream with them.
    pipeline(Readable.from(counted(), { objectMode: false }), deflate, () => {});
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      entry.compressed += chunk.length;
      offset += chunk.length;
      yield chunk;
    }
    if (offset > MAX_ZIP32) throw new Error("The file is larger than a ZIP without ZIP64 can hold");
    const descriptor = dataDescriptor(entry);
    offset += descriptor.length;
    yield descriptor;
    written.push(entry);
  }
  yield centralDirectory(written, stamp, offset);
}

async function* once(buffer: Buffer): AsyncGenerator<Buffer> {
  yield buffer;
}

/**
 * A one-sheet workbook as a byte stream: `header` then each row of `batches`, read only as fast as
 * the stream is read. An error from `batches` destroys the stream with it.
 */
export function xlsxStream(sheetName: string, header: readonly string[], batches: AsyncIterable<Iterable<XlsxCell[]>>, at = new Date()): Readable {
  const parts = packageParts(sheetName).map((part) => ({ name: part.name, data: once(Buffer.from(part.xml, "utf8")) }));
  const sheet = { name: "xl/worksheets/sheet1.xml", data: sheetXml(header, batches) };
  return Readable.from(zipStream([...parts, sheet], at), { objectMode: false });
}
