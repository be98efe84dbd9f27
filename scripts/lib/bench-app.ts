// The production app as the benchmarks run it: `npm start` (scripts/run-app.ts, which builds first
// when the sources are newer than the last build) on a free port, with its own throwaway embedded
// database seeded with the demo and its own session secret, so the developer's data is never
// touched and a bench can sign its own session cookies.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

const ROOT = path.resolve(import.meta.dirname, "../..");


/** Waits (ten minutes at most: a build may come first) until the sign-in page answers. */
export async function waitForServer(base: string, logs: string[], exited: () => boolean) {
  for (let i = 0; i < 1200; i++) {
    if (exited()) break;
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not start:\n${logs.join("").slice(-4000)}`);
}

export type BenchApp = {
  base: string;
  port: number;
  /** postgresql:// address of the app's own database. */
  databaseUrl: string;
  /** The session secret the app was started with (signs next-auth cookies). */
  secret: string;
  /** Process id of the `npm start` wrapper; Next and PostgreSQL run as its children. */
  readonly pid: number;
  logs: string[];
  exited: () => boolean;
  /** Stops the app and starts it again on the same database: a server freshly started, with the data of before. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
};

/** Starts the app on a free port (or BENCH_PORT) with a fresh database in a temporary directory. */
export async function startBenchApp(name: string): Promise<BenchApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `pledgeboard-bench-${name}-`));
  const logs: string[] = [];
  const secret = randomBytes(32).toString("base64url");
  const pgPort = await freePort();
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const base = `http://localhost:${port}`;
  let app: ChildProcess;
  let exited = false;
  const launch = async () => {
    exited = false;
    app = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/run-app.ts"), "start"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", PORT: String(port), NEXTAUTH_URL: base, NEXTAUTH_SECRET: secret, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    app.stdout!.on("data", (chunk) => logs.push(String(chunk)));
    app.stderr!.on("data", (chunk) => logs.push(String(chunk)));
    app.once("exit", () => (exited = true));
    await waitForServer(base, logs, () => exited);
  };
  const halt = async () => {
    if (exited) return;
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  };
  const stop = async () => {
    await halt();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await launch();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    base,
    port,
    databaseUrl: `postgresql://pledgeboard:pledgeboard@127.0.0.1:${pgPort}/pledgeboard`,
    secret,
    get pid() {
      return app.pid!;
    },
    logs,
    exited: () => exited,
    restart: async () => {
      await halt();
      await launch();
    },
    stop,
  };
}
