// Database chores without the Prisma CLI's native engine: `npm run db:migrate`,
// `db:migrate:dev -- --name x [--create-only]`, `db:reset`, `db:seed`.
import { parseArgs } from "node:util";
import { DatabaseUnreachableError, openDatabase } from "./lib/database";
import { applyMigrations, createMigration, resetDatabase } from "./lib/migrations";
import { seedDatabase } from "./lib/seed-runner";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, "create-only": { type: "boolean" }, force: { type: "boolean" } },
});
const command = positionals[0];

async function main() {
  const db = await openDatabase();
  try {
    switch (command) {
      case "migrate": {
        const applied = await applyMigrations(db.url);
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
        break;
      }
      case "migrate-dev": {
        if (!values.name) throw new Error("Give the migration a name: npm run db:migrate:dev -- --name add_x");
        const name = await createMigration(db.url, values.name);
        if (!name) {
          console.log("The schema matches the migrations; nothing to create.");
          break;
        }
        console.log(`Created prisma/migrations/${name}`);
        if (!values["create-only"]) await applyMigrations(db.url);
        break;
      }
      case "reset": {
        await resetDatabase(db.url);
        const summary = await seedDatabase(db.url);
        console.log(`Database reset and seeded: ${summary}`);
        break;
      }
      case "seed": {
        const summary = await seedDatabase(db.url, { force: values.force });
        console.log(summary);
        break;
      }
      default:
        throw new Error(`Unknown command "${command}". Use migrate, migrate-dev, reset or seed.`);
    }
  } finally {
    await db.stop();
  }
}

// The WebAssembly engine leaves a timer running for a few seconds; a finished chore need not wait.
main().then(() => process.exit(0), (error: unknown) => {
  if (error instanceof DatabaseUnreachableError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
