export type WasmSchemaEngine = import("@prisma/schema-engine-wasm").SchemaEngine;

// Runs Prisma migrations through Prisma's WebAssembly schema engine over the pg driver adapter,
// so migrations work offline, where the CLI's native engine binary cannot be downloaded.
// The result is the same as `prisma migrate deploy|dev|reset`: standard `prisma/migrations`
// folders and the standard `_prisma_migrations` table.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import prismaInternals from "@prisma/internals";
import prismaMigrate from "@prisma/migrate";

// CommonJS packages whose named exports Node cannot detect statically.
const { Migrate, SchemaEngineWasm } = prismaMigrate;

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

// The engine's catalog queries return Postgres's internal "char" type (OID 18), which the
// adapter cannot deserialise; it is plain text, so we report it as text.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function reportCharAsText(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg.Pool calls query(config, values, callback); the adapter awaits the promise form.
  // @ts-expect-error pg's overloads are wider than the two forms handled here
  query(config: pg.QueryConfig, values?: unknown, callback?: unknown) {
    const done = [values, callback].find((arg) => typeof arg === "function") as
      | ((error: Error | null, result?: pg.QueryResult) => void)
      | undefined;
    const args = typeof values === "function" ? [] : [values];
    if (done) {
      return super.query(config as never, ...(args as [never]), (error: Error | null, result: pg.QueryResult) =>
        done(error, reportCharAsText(result)),
      );
    }
    return (super.query(config as never, ...(args as [never])) as Promise<pg.QueryResult>).then(reportCharAsText);
  }
}

function connectionConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    Client: CatalogSafeClient as unknown as typeof pg.Client,
  };
}

class MigrationAdapterFactory extends PrismaPg {
  // The adapter splits scripts on every ";", which breaks function bodies in migrations.
  // Postgres runs a multi-statement simple query whole, and atomically.
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  }
}

async function loadWasmSchemaEngine() {
  const runtime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const wasmPath = path.join(packageDir, "schema_engine_bg.wasm");
  const wasmModule = new WebAssembly.Module(await readFile(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": runtime as never });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return runtime.SchemaEngine;
}

/** Opens the migration engine on a database; call `stop()` when done. */
export async function openMigrate(databaseUrl: string) {
  const schemaContext = await prismaInternals.loadSchemaContext({
    schemaPath: { cliProvidedPath: SCHEMA_PATH },
    printLoadMessage: false,
  } as never);
  if (!schemaContext) throw new Error(`No Prisma schema at ${SCHEMA_PATH}`);
  const pool = new pg.Pool(connectionConfig(databaseUrl));
  const adapter = bindMigrationAwareSqlAdapterFactory(new MigrationAdapterFactory(pool));
  const SchemaEngine = await loadWasmSchemaEngine();
  const debug = () => {};
  const wasmEngine = await SchemaEngine.new({ datamodels: schemaContext.schemaFiles }, debug, adapter);
  const engine = new SchemaEngineWasm({ engine: wasmEngine, errorRegistry: adapter.errorRegistry } as never);
  const migrate = new Migrate({ engine, schemaContext, migrationsDirPath: MIGRATIONS_DIR } as never);
  const stopEngine = migrate.stop.bind(migrate);
  migrate.stop = async () => {
    await stopEngine();
    await pool.end();
  };
  return { migrate, engine: wasmEngine as WasmSchemaEngine, schemaFiles: schemaContext.schemaFiles };
}
