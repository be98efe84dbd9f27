// Backups of the app's database, embedded or a server alike (npm run db:backup / db:restore).
// With a pg_dump of the server's major version (or newer) on the machine, a backup is a
// standard pg_dump custom-format archive; without one, it falls back to the app's own format
// (builtin-format.ts). A restore recognises either by its first bytes.
import { open, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { builtinDump } from "./builtin-dump";
import { builtinRestore, readBuiltinHeader } from "./builtin-restore";
import { pgDump, pgRestore } from "./pg-native";
import { findTool, listTools, serverMajor } from "./pg-tools";

export type BackupMethod = "pg_dump" | "builtin";
export type BackupFormat = "pg_dump" | "builtin";

const ROOT = path.resolve(import.meta.dirname, "../../..");
export const BACKUP_DIR = path.join(ROOT, "backups");

/** backups/pledgeboard-20261125-142233.dump (pg_dump) or ….jsonl.gz (the app's own format). */
export function defaultBackupFile(method: BackupMethod, now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14).replace(/^(\d{8})/, "$1-");
  return path.join(BACKUP_DIR, `pledgeboard-${stamp}${method === "pg_dump" ? ".dump" : ".jsonl.gz"}`);
}

async function majorOfServer(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await serverMajor((sql) => client.query(sql));
  } finally {
    await client.end();
  }
}

async function versionsOnMachine(tool: "pg_dump" | "pg_restore"): Promise<string> {
  const found = await listTools(tool);
  return found.length ? found.map((t) => `${t.path} (${t.major})`).join(", ") : "none";
}

/**
 * How a backup of this server will be made: pg_dump when one of the server's version (or newer)
 * is found, else the app's own format. `wanted` forces one ("pg_dump" fails without a usable one).
 */
export async function chooseMethod(url: string, wanted?: BackupMethod): Promise<{ method: BackupMethod; note: string }> {
  if (wanted === "builtin") return { method: "builtin", note: "the app's own format (asked for)" };
  const major = await majorOfServer(url);
  const tool = await findTool("pg_dump", major);
  if (tool) return { method: "pg_dump", note: `${tool.path} (PostgreSQL ${tool.major}) for a PostgreSQL ${major} server` };
  if (wanted === "pg_dump") {
    throw new Error(`No pg_dump of version ${major} or newer is installed (found: ${await versionsOnMachine("pg_dump")}). Set PG_BIN_DIR to the folder of one.`);
  }
  return { method: "builtin", note: `the app's own format: no pg_dump of version ${major} or newer here (found: ${await versionsOnMachine("pg_dump")})` };
}

/** Writes a backup of the database behind `url` to `file` (which must not exist yet). */
export async function backupDatabase(url: string, file: string, method: BackupMethod): Promise<{ bytes: number; rows?: Record<string, number> }> {
  const major = await majorOfServer(url);
  let rows: Record<string, number> | undefined;
  if (method === "pg_dump") {
    const tool = await findTool("pg_dump", major);
    if (!tool) throw new Error(`No pg_dump of version ${major} or newer is installed.`);
    await pgDump(tool, url, file);
  } else {
    rows = await builtinDump(url, file);
  }
  return { bytes: (await stat(file)).size, rows };
}

/** Which kind of backup a file is, from its first bytes: pg_dump's archives start "PGDMP", gzip with 1f 8b. */
export async function detectFormat(file: string): Promise<BackupFormat> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    const start = buffer.subarray(0, bytesRead);
    if (start.toString("latin1") === "PGDMP") return "pg_dump";
    if (start[0] === 0x1f && start[1] === 0x8b) return "builtin";
  } finally {
    await handle.close();
  }
  throw new Error(`${file} is neither a pg_dump custom-format archive nor a Pledgeboard backup.`);
}

/** What a backup file says about itself, for the confirmation question; checks that it can be read. */
export async function describeBackup(file: string): Promise<{ format: BackupFormat; summary: string }> {
  const format = await detectFormat(file);
  if (format === "pg_dump") return { format, summary: "pg_dump custom-format archive" };
  const header = await readBuiltinHeader(file);
  const last = header.migrations.at(-1)?.name ?? "none";
  return { format, summary: `Pledgeboard backup of ${header.database} (PostgreSQL ${header.server}) made ${header.createdAt}, last migration ${last}` };
}

/** Replaces everything in the database behind `url` with the backup in `file`, in one transaction. */
export async function restoreDatabase(url: string, file: string): Promise<{ format: BackupFormat; rows?: Record<string, number> }> {
  const format = await detectFormat(file);
  if (format === "builtin") return { format, rows: await builtinRestore(url, file) };
  const major = await majorOfServer(url);
  const restoreTool = await findTool("pg_restore", major);
  // pg_restore's SQL may carry meta-commands of its own version (\restrict): psql must be as new.
  const psql = restoreTool && ((await listTools("psql")).find((t) => path.dirname(t.path) === path.dirname(restoreTool.path)) ?? (await findTool("psql", restoreTool.major)));
  if (!restoreTool || !psql) {
    throw new Error(`Restoring a pg_dump archive needs pg_restore and psql of version ${major} or newer (found pg_restore: ${await versionsOnMachine("pg_restore")}). Set PG_BIN_DIR to the folder of one.`);
  }
  await pgRestore({ pgRestore: restoreTool, psql }, url, file);
  return { format };
}
