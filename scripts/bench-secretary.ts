// `npm run bench:secretary`: the server time of the village secretary's main screens (and the
// township officer's review queue) on the demo data, from the production build. Starts the app
// like `npm start` (port 3300), signs in as the demo accounts, requests each screen 5 times to
// warm up and 30 times to measure, and prints the median and p95 per screen. Numbers, not a
// test: nothing here passes or fails.
import "dotenv/config";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT || 3300);
const BASE = `http://localhost:${PORT}`;
const SECRETARY_SCREENS = ["/home", "/village/opinions", "/village/problems", "/village/members", "/village/pledges", "/village/pledges/new"];
const WARM_UP = 5;
const RUNS = 30;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function waitForServer(logs: string[]) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not start:\n${logs.join("")}`);
}

async function main() {
  const logs: string[] = [];
  const app = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/run-app.ts"), "start"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), NEXTAUTH_URL: BASE },
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout.on("data", (chunk) => logs.push(String(chunk)));
  app.stderr.on("data", (chunk) => logs.push(String(chunk)));
  try {
    await waitForServer(logs);
    const databaseUrl =
      process.env.DATABASE_URL ?? `postgresql://pledgeboard:pledgeboard@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}/pledgeboard`;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const secret = process.env.NEXTAUTH_SECRET || readFileSync(path.join(ROOT, ".data/auth-secret"), "utf8").trim();
    const session = async (phone: string) => {
      const { rows } = await client.query(`SELECT id, "sessionVersion" FROM "User" WHERE phone = $1`, [phone]);
      if (!rows[0]) throw new Error(`The demo account ${phone} is missing: run npm run db:reset`);
      const token = await encode({ token: { sub: rows[0].id, uid: rows[0].id, sv: rows[0].sessionVersion }, secret });
      return { cookie: `next-auth.session-token=${token}` };
    };
    // The pledge with the longest history in the demo village: the heaviest pledge page.
    const { rows: busiest } = await client.query(
      `SELECT p.id FROM "Pledge" p JOIN "User" u ON u."villageId" = p."villageId" AND u.phone = '13900000005'
       ORDER BY (SELECT count(*) FROM "PledgeEvent" e WHERE e."pledgeId" = p.id) DESC LIMIT 1`,
    );
    const headers = { secretary: await session("13900000005"), officer: await session("13900000003") };
    const runs: [string, keyof typeof headers][] = [
      ...[...SECRETARY_SCREENS, `/village/pledges/${busiest[0]!.id}`].map((screen): [string, "secretary"] => [screen, "secretary"]),
      ["/review", "officer"],
    ];
    await client.end();

    console.log(`Server time of the secretary's screens and the review queue (${RUNS} requests each after ${WARM_UP} to warm up), ms:`);
    console.log("screen                                        median     p95");
    for (const [screen, who] of runs) {
      const times: number[] = [];
      for (let i = 0; i < WARM_UP + RUNS; i++) {
        const started = performance.now();
        const response = await fetch(`${BASE}${screen}`, { headers: headers[who], redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${screen} answered ${response.status}`);
        if (i >= WARM_UP) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`${screen.padEnd(45)} ${percentile(times, 50).toFixed(1).padStart(6)}  ${percentile(times, 95).toFixed(1).padStart(6)}`);
    }
  } finally {
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
