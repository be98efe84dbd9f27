// Restores a backup in the app's own format (builtin-format.ts), all in one transaction: the
// schema `public` is dropped, rebuilt by replaying the backup's migrations, and filled with its
// rows. Any error, or a file that ends early, rolls everything back.
import pg from "pg";
import { FORMAT, FORMAT_VERSION, LEDGER, forEachLine, ident, stableTextForms, type Header, type TableEnd, type TableStart, type Trailer } from "./builtin-format";

const BATCH_ROWS = 1000;
const BATCH_BYTES = 4 * 1024 * 1024;

type Column = { type: string; identity: boolean };

/** Reads the header line only: what the backup is, before anything is touched. */
export async function readBuiltinHeader(file: string): Promise<Header> {
  let header: Header | null = null;
  await forEachLine(file, async (line) => {
    header = parseHeader(line);
    return false;
  });
  if (!header) throw new Error(`${file} is empty.`);
  return header;
}

function parseHeader(line: string): Header {
  const header = JSON.parse(line) as Header;
  if (header.format !== FORMAT) throw new Error("This file is not a Pledgeboard backup.");
  if (header.version > FORMAT_VERSION) throw new Error(`This backup is of format version ${header.version}; this version of the app reads ${FORMAT_VERSION}. Restore it with a newer version of the app.`);
  return header;
}

/** Drops schema public and builds it again from the backup's migrations and Prisma's ledger table. */
async function rebuildSchema(client: pg.Client, header: Header) {
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; SET search_path TO public");
  const columns = header.ledgerColumns.map((c) => `${ident(c.name)} ${c.type}${c.notNull ? " NOT NULL" : ""}${c.default ? ` DEFAULT ${c.default}` : ""}`);
  const constraints = header.ledgerConstraints.map((c) => `CONSTRAINT ${ident(c.name)} ${c.definition}`);
  await client.query(`CREATE TABLE ${ident(LEDGER)} (${[...columns, ...constraints].join(", ")})`);
  for (const migration of header.migrations) {
    try {
      await client.query(migration.sql);
    } catch (error) {
      throw new Error(`Replaying migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
    }
  }
}

/** The tables the schema now has, with each column's type; foreign keys and user triggers set aside until the rows are in. */
async function prepareTables(client: pg.Client) {
  const { rows } = await client.query<{ table: string; column: string; type: string; identity: boolean }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attidentity = 'a' AS identity
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')`,
  );
  const tables = new Map<string, Map<string, Column>>();
  for (const row of rows) {
    if (!tables.has(row.table)) tables.set(row.table, new Map());
    tables.get(row.table)!.set(row.column, { type: row.type, identity: row.identity });
  }
  // Rows go in table by table, in any order: the foreign keys come back (and are checked) at the end.
  const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conrelid, conname`,
  );
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${ident(fk.name)}`);
  const all = [...tables.keys()].map(ident);
  // The append-only guard of PledgeEvent and any other user trigger: a restore writes history back as it was.
  for (const table of all) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  if (all.length) await client.query(`TRUNCATE ${all.join(", ")}`);
  return { tables, foreignKeys, all };
}

function insertStatement(table: string, columns: string[], target: Map<string, Column>) {
  const missing = columns.filter((column) => !target.has(column));
  if (missing.length) throw new Error(`Table ${table} has no column ${missing.join(", ")} after replaying the backup's migrations.`);
  const casts = columns.map((column, i) => `(r->>${i})::${target.get(column)!.type}`);
  const overriding = columns.some((column) => target.get(column)!.identity) ? " OVERRIDING SYSTEM VALUE" : "";
  return `INSERT INTO ${ident(table)} (${columns.map(ident).join(", ")})${overriding} SELECT ${casts.join(", ")} FROM json_array_elements($1::json) AS r`;
}

/** Replaces the database behind `url` with the backup in `file`; returns the rows restored per table. */
export async function builtinRestore(url: string, file: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  try {
    // Held in an object: assignments inside the line callback would otherwise be invisible to the checks after it.
    const read: { header: Header | null; prepared: Awaited<ReturnType<typeof prepareTables>> | null; finished: boolean } = { header: null, prepared: null, finished: false };
    let current: { table: string; sql: string; batch: string[]; bytes: number; rows: number } | null = null;
    const flush = async () => {
      if (!current?.batch.length) return;
      await client.query(current.sql, [`[${current.batch.join(",")}]`]);
      current.rows += current.batch.length;
      current.batch = [];
      current.bytes = 0;
    };
    await forEachLine(file, async (line) => {
      if (read.finished) throw new Error("The backup has data after its end marker.");
      if (!read.header) {
        read.header = parseHeader(line);
        await client.query("BEGIN");
        await stableTextForms(client);
        await rebuildSchema(client, read.header);
        read.prepared = await prepareTables(client);
        return;
      }
      if (line.startsWith("[")) {
        if (!current) throw new Error("The backup has a row outside any table.");
        current.batch.push(line);
        current.bytes += line.length;
        if (current.batch.length >= BATCH_ROWS || current.bytes >= BATCH_BYTES) await flush();
        return;
      }
      const marker = JSON.parse(line) as Partial<TableStart & TableEnd & Trailer>;
      if (marker.table !== undefined && marker.columns) {
        const target = read.prepared!.tables.get(marker.table);
        if (!target) throw new Error(`The backup has table ${marker.table}, which its migrations do not create.`);
        current = { table: marker.table, sql: insertStatement(marker.table, marker.columns, target), batch: [], bytes: 0, rows: 0 };
      } else if (marker.end !== undefined && current?.table === marker.end) {
        await flush();
        if (current.rows !== marker.rows) throw new Error(`Table ${marker.end}: the backup promises ${marker.rows} rows but holds ${current.rows}.`);
        counts[current.table] = current.rows;
        current = null;
      } else if (marker["end-of-backup"]) {
        if (Object.keys(counts).length !== marker.tables) throw new Error("The backup's tables do not add up: the file is damaged.");
        read.finished = true;
      } else {
        throw new Error("The backup has a line this version of the app does not understand.");
      }
    });
    const { header, prepared, finished } = read;
    if (!header || !prepared || !finished) throw new Error("The backup ends early: the file is incomplete.");
    for (const table of prepared.all) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
    for (const fk of prepared.foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${ident(fk.name)} ${fk.definition}`);
    for (const sequence of header.sequences) {
      if (sequence.lastValue !== null) await client.query("SELECT setval($1::regclass, $2::bigint, true)", [`public.${ident(sequence.name)}`, sequence.lastValue]);
    }
    await client.query("COMMIT");
    // Fresh tables have no planner statistics; the app's first queries should not pay for that.
    await client.query("ANALYZE");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
