// Decides which PostgreSQL a command uses: the server named by DATABASE_URL, or else the
// embedded one under .data/, started on demand.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";

const ROOT = path.resolve(import.meta.dirname, "../..");

export const EMBEDDED_DATA_DIR = process.env.EMBEDDED_PG_DIR || path.join(ROOT, ".data/postgres");
export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329);

/** Thrown when a configured server cannot be reached; its message is one line for a person. */
export class DatabaseUnreachableError extends Error {}

function describe(url: string) {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
}

async function assertReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new DatabaseUnreachableError(
      `Cannot reach the PostgreSQL server in DATABASE_URL (${describe(url)}): ${reason || "connection refused"}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(log: (line: string) => void = console.log): Promise<RunningDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    await assertReachable(configured);
    return { url: configured, stop: async () => {}, startedHere: false };
  }
  return startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, database: "pledgeboard", log });
}
