// Child process of tests/db/global-setup.ts: applies the migrations, then exits at once. The
// migration engine leaves a pg pool and a 10-second WebAssembly timer behind
// (scripts/lib/migrate-engine.ts), which would otherwise hold vitest open after every run.
import { applyMigrations } from "../../scripts/lib/migrations";

const url = process.env.MIGRATE_DATABASE_URL;
if (!url) {
  console.error("MIGRATE_DATABASE_URL is not set");
  process.exit(2);
}
applyMigrations(url).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
