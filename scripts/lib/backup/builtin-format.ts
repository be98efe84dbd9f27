// The app's own backup format, for when no pg_dump of the server's version is at hand (the
// embedded PostgreSQL 18 on a machine whose packaged client is older). Gzipped lines of JSON:
//
//   {"format":"pledgeboard-backup","version":1,…header}     migrations (with their SQL), sequences
//   {"table":"Pledge","columns":["id",…]}                   then one line per row:
//   ["ckx…","2026-11-25 12:24:45.123",null,…]               each value in PostgreSQL's text form
//   {"end":"Pledge","rows":1234}
//   …
//   {"end-of-backup":true,"tables":27}
//
// The schema is not described but rebuilt: the migrations that built the database are stored
// with their SQL and replayed on restore, exactly as `npm run db:migrate` ran them. Values travel
// in PostgreSQL's own text form (what COPY uses), so every type comes back as it was.
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import pg from "pg";

export const FORMAT = "pledgeboard-backup";
export const FORMAT_VERSION = 1;

export type Migration = { name: string; checksum: string; sql: string };
export type Header = {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  server: string;
  database: string;
  migrations: Migration[];
  /** Prisma's migration ledger is made by the migration engine, not by a migration: its columns, to make it again. */
  ledgerColumns: { name: string; type: string; notNull: boolean; default: string | null }[];
  ledgerConstraints: { name: string; definition: string }[];
  sequences: { name: string; lastValue: string | null }[];
};
export type TableStart = { table: string; columns: string[] };
export type TableEnd = { end: string; rows: number };
export type Trailer = { "end-of-backup": true; tables: number };

export const LEDGER = "_prisma_migrations";

/** A double-quoted SQL identifier. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Session settings under which the text form of every value is unambiguous, both ways. */
export async function stableTextForms(client: pg.Client | pg.PoolClient): Promise<void> {
  await client.query("SET DateStyle = ISO; SET IntervalStyle = postgres; SET extra_float_digits = 3; SET bytea_output = hex; SET TimeZone = 'UTC'");
}

/**
 * Calls `onLine` for each line of a gzipped backup, in order, waiting for each; a damaged or
 * unreadable file rejects, but only once the line being handled is done with (a restore must not
 * roll back while a statement of its own is still under way). `onLine` returning false stops.
 */
export async function forEachLine(file: string, onLine: (line: string) => Promise<boolean | void>): Promise<void> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder("utf8");
  let pending = "";
  try {
    // Iterating the stream itself (rather than handing a consumer to pipeline()) keeps reading and
    // handling strictly in turn: a read error surfaces at the next read, after the current line.
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      pending += decoder.write(chunk);
      let from = 0;
      for (let newline = pending.indexOf("\n"); newline >= 0; newline = pending.indexOf("\n", from)) {
        if ((await onLine(pending.slice(from, newline))) === false) return;
        from = newline + 1;
      }
      pending = pending.slice(from);
    }
    pending += decoder.end();
    if (pending) await onLine(pending);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}
