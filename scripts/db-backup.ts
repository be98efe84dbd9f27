// `npm run db:backup [-- FILE] [--method pg_dump|builtin]`: writes a backup of the database
// that `npm start` uses (DATABASE_URL, or the embedded one under .data/postgres), by default to
// backups/pledgeboard-<time>.dump (pg_dump custom format) or .jsonl.gz (the app's own format,
// when no pg_dump of the server's version is installed). See docs/operations.md.
import "dotenv/config";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, chooseMethod, defaultBackupFile, type BackupMethod } from "./lib/backup";
import { describeTarget } from "./lib/backup/target";
import { DatabaseUnreachableError, openDatabase } from "./lib/database";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { method: { type: "string" } } });
const wanted = values.method as BackupMethod | undefined;

async function main() {
  if (wanted && wanted !== "pg_dump" && wanted !== "builtin") throw new Error(`--method is pg_dump or builtin, not "${wanted}".`);
  const database = await openDatabase((line) => console.error(line));
  try {
    const { method, note } = await chooseMethod(database.url, wanted);
    const file = path.resolve(positionals[0] ?? defaultBackupFile(method));
    await mkdir(path.dirname(file), { recursive: true });
    console.error(`Backing up ${describeTarget(database.url)} with ${note}…`);
    const { bytes, rows } = await backupDatabase(database.url, file, method);
    const total = rows ? `, ${Object.values(rows).reduce((a, b) => a + b, 0).toLocaleString("en")} rows in ${Object.keys(rows).length} tables` : "";
    const shown = path.relative(process.cwd(), file);
    console.log(`Backup written: ${shown.startsWith("..") ? file : shown} (${(bytes / 1024).toFixed(0)} KiB${total}).`);
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof DatabaseUnreachableError) console.error(error.message);
    else console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
