// The app as browser tests see it: the production build on its own port, against a fresh
// embedded database (or TEST_DATABASE_URL, which must be local), migrated and seeded.
import { rmSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const testUrl = process.env.TEST_DATABASE_URL;
if (testUrl) {
  const host = new URL(testUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    console.error(`Refusing to run browser tests against a non-local database (${host}).`);
    process.exit(1);
  }
  process.env.DATABASE_URL = testUrl;
} else {
  delete process.env.DATABASE_URL;
  process.env.EMBEDDED_PG_DIR = path.join(ROOT, ".data/e2e-postgres");
  process.env.EMBEDDED_PG_PORT = process.env.E2E_PG_PORT || "54339";
  rmSync(process.env.EMBEDDED_PG_DIR, { recursive: true, force: true });
}
process.env.PORT = process.env.E2E_PORT || "3100";
process.env.NEXTAUTH_URL = `http://localhost:${process.env.PORT}`;
process.argv[2] = "start";
await import("./run-app");
