// `npm run db:restore -- FILE [--yes]`: replaces everything in the database that `npm start`
// uses with a backup made by `npm run db:backup` (either format), in one transaction. Asks first
// unless --yes; stop the app before, as its open connections would see the tables vanish.
import "dotenv/config";
import { existsSync, readdirSync } from "node:fs";
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { describeBackup, restoreDatabase } from "./lib/backup";
import { describeTarget } from "./lib/backup/target";
import { MIGRATIONS_DIR } from "./lib/backup/builtin-dump";
import { DatabaseUnreachableError, openDatabase } from "./lib/database";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { yes: { type: "boolean", short: "y" } } });
const file = positionals[0];

async function confirmed(question: string): Promise<boolean> {
  if (values.yes) return true;
  if (!process.stdin.isTTY) throw new Error("Restoring replaces the whole database: run it again with --yes to confirm.");
  const prompt = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await prompt.question(`${question}\nType yes to go on: `)).trim().toLowerCase() === "yes";
  } finally {
    prompt.close();
  }
}

/** Migrations of this version of the app that the restored database has not had yet. */
async function pendingMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    const applied = new Set(rows.map((row) => row.name));
    return readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory() && !applied.has(e.name)).map((e) => e.name);
  } catch {
    return [];
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  if (!file) throw new Error("Name the backup file: npm run db:restore -- backups/pledgeboard-….dump");
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const { summary } = await describeBackup(file);
  const database = await openDatabase((line) => console.error(line));
  try {
    const target = describeTarget(database.url);
    if (!(await confirmed(`This replaces everything in ${target} with ${file}\n(${summary}).`))) {
      console.error("Nothing was changed.");
      return 1;
    }
    const { rows } = await restoreDatabase(database.url, file);
    const total = rows ? `: ${Object.values(rows).reduce((a, b) => a + b, 0).toLocaleString("en")} rows in ${Object.keys(rows).length} tables` : "";
    console.log(`Restored ${file} into ${target}${total}.`);
    const pending = await pendingMigrations(database.url);
    if (pending.length) console.log(`The backup predates ${pending.length} migration(s) of this version; npm start (or npm run db:migrate) applies them.`);
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DatabaseUnreachableError) console.error(error.message);
    else console.error(`The restore failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
