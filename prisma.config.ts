import "dotenv/config";
import { defineConfig } from "prisma/config";

// Used by the plain Prisma CLI where its native engine is available. The project's own
// scripts (scripts/db.ts) run the same migrations through the WebAssembly schema engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
