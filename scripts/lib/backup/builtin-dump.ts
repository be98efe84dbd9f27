// Writes a backup in the app's own format (builtin-format.ts) from one consistent snapshot.
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, readFileSync, rmSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { FORMAT, FORMAT_VERSION, LEDGER, ident, stableTextForms, type Header, type Migration } from "./builtin-format";

const FETCH = 2000;
// Not imported from migrate-engine.ts, which loads the whole migration engine.
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/**
 * The migrations the database went through, with the SQL of each from prisma/migrations. A
 * migration whose file differs from what was applied (its checksum) cannot rebuild the same
 * schema, so the backup stops rather than write one that would restore differently.
 */
async function appliedMigrations(client: pg.Client): Promise<Migration[]> {
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM ${ident(LEDGER)}
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map(({ migration_name: name, checksum }) => {
    const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
    if (!existsSync(file)) throw new Error(`The database has migration ${name}, which prisma/migrations lacks: back up with the version of the app that made it.`);
    const sql = readFileSync(file, "utf8");
    if (createHash("sha256").update(sql).digest("hex") !== checksum) {
      throw new Error(`prisma/migrations/${name}/migration.sql differs from the migration the database applied: the backup could not rebuild its schema.`);
    }
    return { name, checksum, sql };
  });
}

async function header(client: pg.Client): Promise<Header> {
  const ledger = await client.query<{ name: string; type: string; notNull: boolean; default: string | null }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
            pg_get_expr(d.adbin, d.adrelid) AS default
     FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [`public.${ident(LEDGER)}`],
  );
  const constraints = await client.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'c') ORDER BY conname`,
    [`public.${ident(LEDGER)}`],
  );
  const sequences = await client.query<{ name: string; lastValue: string | null }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  );
  const about = await client.query<{ server: string; database: string }>(`SELECT current_setting('server_version') AS server, current_database() AS database`);
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    ...about.rows[0]!,
    migrations: await appliedMigrations(client),
    ledgerColumns: ledger.rows,
    ledgerConstraints: constraints.rows,
    sequences: sequences.rows,
  };
}

/** Ordinary tables of schema public with their stored (not generated) columns. */
async function tables(client: pg.Client) {
  const { rows } = await client.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
     GROUP BY c.relname ORDER BY c.relname`,
  );
  return rows;
}

/** Writes the database behind `url` to `file`; returns the number of rows per table. */
export async function builtinDump(url: string, file: string): Promise<Record<string, number>> {
  if (existsSync(file)) throw new Error(`${file} exists already: name a new file.`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out = createWriteStream(file, { flags: "wx", mode: 0o600 });
  let opened = false;
  out.on("open", () => (opened = true));
  const gzip = createGzip();
  const written = pipeline(gzip, out);
  written.catch(() => {}); // awaited in write() and at the end
  const write = async (value: unknown) => {
    if (gzip.destroyed) await written;
    if (!gzip.write(`${typeof value === "string" ? value : JSON.stringify(value)}\n`)) await Promise.race([once(gzip, "drain"), written]);
  };
  const counts: Record<string, number> = {};
  try {
    // One snapshot for every table, as pg_dump takes: rows written during the backup are either all in or all out.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await stableTextForms(client);
    await write(await header(client));
    const list = await tables(client);
    for (const { table, columns } of list) {
      await write({ table, columns });
      const values = columns.map((column) => `${ident(column)}::text`).join(", ");
      await client.query(`DECLARE rows_out NO SCROLL CURSOR FOR SELECT array_to_json(ARRAY[${values}]::text[])::text AS line FROM ${ident(table)}`);
      let rows = 0;
      for (;;) {
        const batch = await client.query<{ line: string }>(`FETCH ${FETCH} FROM rows_out`);
        for (const { line } of batch.rows) await write(line);
        rows += batch.rows.length;
        if (batch.rows.length < FETCH) break;
      }
      await client.query("CLOSE rows_out");
      await write({ end: table, rows });
      counts[table] = rows;
    }
    await write({ "end-of-backup": true, tables: list.length });
    await client.query("COMMIT");
    gzip.end();
    await written;
    return counts;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    if (opened) rmSync(file, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
