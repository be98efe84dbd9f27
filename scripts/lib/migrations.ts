import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR, openMigrate } from "./migrate-engine";

/** Applies every pending migration in prisma/migrations; returns the names applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const { migrate } = await openMigrate(databaseUrl);
  try {
    const { appliedMigrationNames } = await migrate.applyMigrations();
    return appliedMigrationNames;
  } finally {
    await migrate.stop();
  }
}

/** Drops everything in the database's schema, then applies all migrations from scratch. */
export async function resetDatabase(databaseUrl: string): Promise<string[]> {
  const { migrate } = await openMigrate(databaseUrl);
  try {
    await migrate.reset();
    const { appliedMigrationNames } = await migrate.applyMigrations();
    return appliedMigrationNames;
  } finally {
    await migrate.stop();
  }
}

export const SCHEMA_SNAPSHOT = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

function timestamp(date = new Date()) {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * Writes a new migration with the SQL that takes the last migrated schema to the current one
 * (like `prisma migrate dev --create-only`). The WebAssembly engine can neither introspect nor
 * use a shadow database here, so each migration leaves a snapshot of the schema it reached
 * (prisma/migrations/schema.snapshot.prisma) and the next one diffs from it. Returns the folder
 * name, or null when the schema already matches.
 */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  const { migrate, engine, schemaFiles } = await openMigrate(databaseUrl);
  let script: string | null;
  try {
    const files = schemaFiles.map(([filePath, content]) => ({ path: filePath, content }));
    const from = existsSync(SCHEMA_SNAPSHOT)
      ? { tag: "schemaDatamodel", files: [{ path: SCHEMA_SNAPSHOT, content: await readFile(SCHEMA_SNAPSHOT, "utf8") }] }
      : { tag: "empty" };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    } as never);
    script = result.exitCode === 2 ? result.stdout : null;
  } finally {
    await migrate.stop();
  }
  if (!script) return null;
  const folder = `${timestamp()}_${name.replace(/[^a-z0-9_]+/gi, "_")}`;
  await mkdir(path.join(MIGRATIONS_DIR, folder), { recursive: true });
  await writeFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), script);
  await writeFile(SCHEMA_SNAPSHOT, schemaFiles.map(([, content]) => content).join("\n"));
  const lockfile = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  if (!existsSync(lockfile)) await writeFile(lockfile, 'provider = "postgresql"\n');
  return folder;
}
