// `npm start` and `npm run dev`: one command from a fresh clone to a served app. Checks the
// port, opens the database (embedded unless DATABASE_URL is set), migrates, seeds an empty
// database, builds when the sources are newer than the last build, then runs Next.
import "dotenv/config";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { DatabaseUnreachableError, openDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrations";
import { seedDatabase } from "./lib/seed-runner";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const SERVER_MAIN = path.join(ROOT, "server/main.ts");
/** server/main.ts and the app modules it uses, bundled: the server then runs on plain Node, without a TypeScript loader beside it. */
const SERVER_BUNDLE = path.join(ROOT, ".next/pledgeboard-server.mjs");
const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = Number(process.env.PORT || 3000);

function portIsFree(p: number) {
  return new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(p, () => server.close(() => resolve(true)));
  });
}

function authSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(ROOT, ".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const BUILD_INPUTS = ["app", "components", "lib", "i18n", "messages", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/**
 * The server's heap: V8 lets it grow to well over twice what it holds before collecting, on a
 * machine with memory to spare; a smaller young generation and a growth of 30 % over the live
 * set keep it near what it holds (about 170 MB serving every board), at a few more collections.
 * Not a cap: a roster import may still take what it needs. SERVER_NODE_FLAGS replaces them.
 */
function serverNodeFlags(): string[] {
  return (process.env.SERVER_NODE_FLAGS ?? "--max-semi-space-size=8 --heap-growing-percent=30").split(/\s+/).filter(Boolean);
}

async function bundleServer() {
  const { build } = await import("esbuild");
  await build({ entryPoints: [SERVER_MAIN], outfile: SERVER_BUNDLE, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" });
}

function buildIfNeeded() {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const sources = Math.max(...BUILD_INPUTS.map((entry) => newestMtime(path.join(ROOT, entry))));
  if (built > sources) return;
  console.log(built ? "Sources changed since the last build: building…" : "First start: building the app…");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  if (!(await portIsFree(port))) {
    console.error(`Port ${port} is already in use: is Pledgeboard already running? Stop it, or start on another port with PORT=${port + 1} npm ${mode === "dev" ? "run dev" : "start"}.`);
    process.exit(1);
  }
  const database = await openDatabase((line) => console.log(line));
  const stopDatabase = async () => database.stop().catch(() => {});
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    const seeded = await seedDatabase(database.url);
    console.log(seeded);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
  if (mode === "start") {
    buildIfNeeded();
    await bundleServer();
  }

  // Production runs Next through server/main.ts (Next's handler with the boards' front cache);
  // development runs Next's own dev server.
  const command = mode === "start" ? [...serverNodeFlags(), SERVER_BUNDLE] : [NEXT_BIN, "dev", "-p", String(port)];
  const child = spawn(process.execPath, command, {
    stdio: "inherit",
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      // glibc's malloc keeps an arena per thread that ever allocated; Node's worker threads then hold
      // memory that is free but never given back.
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX || "2",
      ...(mode === "start" ? { NODE_ENV: "production" } : {}),
    },
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseUnreachableError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
