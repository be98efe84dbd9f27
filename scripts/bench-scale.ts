// npm run bench:scale: the oversight dashboard at provincial scale. Builds a synthetic province
// (40 counties, 4,000 villages, 200,000 members, 600,000 pledges, 2,000,000 votes;
// scripts/bench-scale/dataset.ts) in a database of its own, reports how long that took, then times
// the dashboard's data exactly as /oversight loads it (getCoverage and getOversightCharts together)
// for a county organiser and for the prefecture organiser: 20 runs each after a warm-up, median
// and p95, then again with a change in one village before each run (the roll-up's refresh,
// lib/oversight/rollup.ts, in the timing). Targets: county p95 ≤ 150 ms, province p95 ≤ 500 ms.
//
// The database is a throwaway embedded PostgreSQL in a temporary directory on a free port, removed
// at the end. BENCH_DATABASE_URL names another one instead: it is EMPTIED (every table dropped) and
// migrated, so it must never be the app's own. BENCH_SCALE=0.1 builds a tenth of the province
// (4 counties) for a quick try. Calls the data layer directly, under the react-server condition.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { BENCH_USERS, buildDataset, scaled } from "./bench-scale/dataset";
import { ms, seconds, timeRuns, type Timing } from "./bench-scale/timing";
import { freePort } from "./lib/free-port";
import { EMBEDDED_PORT } from "./lib/database";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { applyMigrations, resetDatabase } from "./lib/migrations";

const TARGETS = { countyP95: 150, provinceP95: 500 };
const RUNS = Number(process.env.BENCH_RUNS || 20);
const WARMUP = 3;


/** The bench's own database, migrated the way the app migrates its own (scripts/lib/migrations.ts). */
async function openBenchDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const configured = process.env.BENCH_DATABASE_URL;
  if (configured) {
    // The app's database: DATABASE_URL, or the embedded one `npm start` runs (scripts/lib/database.ts).
    const place = (url: string) => {
      const u = new URL(url);
      return `${u.hostname === "localhost" ? "127.0.0.1" : u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
    };
    const apps = [process.env.DATABASE_URL, `postgresql://x@127.0.0.1:${EMBEDDED_PORT}/pledgeboard`].filter((url): url is string => Boolean(url)).map(place);
    if (apps.includes(place(configured))) {
      throw new Error("BENCH_DATABASE_URL names the app's own database: the bench empties it, so give it another one.");
    }
    await resetDatabase(configured);
    return { url: configured, stop: async () => {} };
  }
  // The temporary directory itself is the data directory (see tests/db/global-setup.ts).
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "pledgeboard-bench-scale-"));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  try {
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "bench_scale", persistent: false, log: console.error });
    await applyMigrations(server.url);
    return { url: server.url, stop: async () => { await server.stop(); await removeDir(); } };
  } catch (error) {
    await removeDir();
    throw error;
  }
}

const line = (label: string, t: Timing, target?: number) =>
  `  ${label.padEnd(34)} median ${ms(t.median).padStart(8)} · p95 ${ms(t.p95).padStart(8)}${target ? ` (target ≤ ${target} ms)` : ""} · min ${ms(t.min)} · max ${ms(t.max)}`;

async function main() {
  const scale = scaled(Number(process.env.BENCH_SCALE || 1));
  let started = performance.now();
  const database = await openBenchDatabase();
  // Interrupted, the bench still stops its PostgreSQL and removes its directory.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void database.stop().finally(() => process.exit(130)));
  }
  console.log(`Database: own PostgreSQL, migrated in ${seconds(started)}`);
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    console.log("Building the synthetic province:");
    started = performance.now();
    const built = await buildDataset(client, scale, console.log);
    const loadSeconds = seconds(started);
    const vacuumStarted = performance.now();
    await client.query("VACUUM ANALYZE");
    console.log(`  vacuum and analyze: ${seconds(vacuumStarted)}`);
    const n = (value: number) => value.toLocaleString("en");
    console.log(
      `Built in ${seconds(started)} (rows ${loadSeconds}, then vacuum/analyze): ${n(built.counties)} counties, ${n(built.townships)} townships, ` +
        `${n(built.villages)} villages, ${n(built.members)} members, ${n(built.problems)} problems, ${n(built.pledges)} pledges, ` +
        `${n(built.rounds)} evaluation rounds, ${n(built.ballots)} ballots, ${n(built.votes)} votes, ${n(built.tallies)} paper tallies`,
    );

    const { actorFor } = await import("@/tests/db/helpers");
    const { getCoverage, getOversightCharts } = await import("@/lib/oversight/queries");
    const { db } = await import("@/lib/db");
    const province = await actorFor(BENCH_USERS.prefectureOrganiser);
    const county = await actorFor(BENCH_USERS.countyOrganiser);
    // What app/(app)/oversight/page.tsx awaits for the actor's own unit.
    const dashboard = (actor: typeof county) => Promise.all([getCoverage(actor, {}), getOversightCharts(actor, {})]);

    started = performance.now();
    const [first, charts] = await dashboard(province);
    console.log(`First province dashboard after the build (the roll-up of every village computed): ${seconds(started)}`);
    const t = first.total;
    console.log(
      `  province totals: ${n(t.villages)} villages · members with a pledge ${n(t.membersPledged)} of ${n(t.members)} · vague ${n(t.vague)} · ` +
        `overdue ${n(t.overdue)} · due in 7 days ${n(t.dueSoon)} · evaluated ${n(t.evaluated)} · rated ${n(t.rated)} · ` +
        `satisfaction ${t.satisfaction === null ? "—" : `${(t.satisfaction * 100).toFixed(1)}%`} · anomalies ${n(t.anomalies)}`,
    );
    const charted = charts.byStatus.reduce((sum, row) => sum + row.count, 0);
    if (t.villages !== built.villages || charted !== built.pledges) throw new Error(`The dashboard counts ${t.villages} villages and ${charted} pledges, not ${built.villages} and ${built.pledges}`);

    console.log(`Dashboard (getCoverage + getOversightCharts, as /oversight loads them), ${WARMUP} warm-up runs then ${RUNS} timed:`);
    const countyTiming = await timeRuns(() => dashboard(county), { warmup: WARMUP, runs: RUNS });
    console.log(line("county organiser (one county)", countyTiming, TARGETS.countyP95));
    const provinceTiming = await timeRuns(() => dashboard(province), { warmup: WARMUP, runs: RUNS });
    console.log(line("prefecture organiser (province)", provinceTiming, TARGETS.provinceP95));

    // The usual case on a working day: something changed in one village since the last look, so
    // the read first recomputes that village's roll-up row (lib/oversight/rollup.ts).
    let touched = 0;
    const touch = () => {
      touched += 1;
      return client.query(`UPDATE "Pledge" SET "updatedAt" = now() WHERE id = (SELECT id FROM "Pledge" WHERE "countyId" = 'bs-c-001' ORDER BY id OFFSET $1 LIMIT 1)`, [touched * 149]);
    };
    console.log(`Right after a change in one village of the county (one pledge updated before each run, untimed), 1 warm-up then ${RUNS} timed:`);
    console.log(line("county organiser", await timeRuns(() => dashboard(county), { warmup: 1, runs: RUNS, before: touch })));
    console.log(line("prefecture organiser", await timeRuns(() => dashboard(province), { warmup: 1, runs: RUNS, before: touch })));

    const pass = countyTiming.p95 <= TARGETS.countyP95 && provinceTiming.p95 <= TARGETS.provinceP95;
    console.log(pass ? "Both targets met." : "A target was missed.");
    console.log(`Peak memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    process.exitCode = pass ? 0 : 1;
    await db.$disconnect();
  } finally {
    await client.end().catch(() => {});
    await database.stop();
  }
}

// The migration engine leaves a timer running for a few seconds; a finished bench need not wait.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
