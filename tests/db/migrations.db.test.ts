import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

describe("migrations", () => {
  it("has applied every folder in prisma/migrations, and nothing else", async () => {
    const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    const applied = await db.$queryRaw<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
      SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`;

    expect(folders.length).toBeGreaterThan(0);
    expect(applied.map((row) => row.migration_name)).toEqual(folders);
    for (const row of applied) {
      expect(row.finished_at, `${row.migration_name} did not finish`).not.toBeNull();
      expect(row.rolled_back_at, `${row.migration_name} was rolled back`).toBeNull();
    }
  });

  it("has a migration for every change to prisma/schema.prisma", async () => {
    const schema = await readFile(path.resolve(MIGRATIONS_DIR, "../schema.prisma"), "utf8");
    const snapshot = await readFile(path.join(MIGRATIONS_DIR, "schema.snapshot.prisma"), "utf8");
    expect(
      snapshot === schema,
      "prisma/schema.prisma differs from the schema the last migration reached " +
        "(prisma/migrations/schema.snapshot.prisma): run npm run db:migrate:dev -- --name <change>",
    ).toBe(true);
  });
});
