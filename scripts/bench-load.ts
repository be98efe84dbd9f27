// `npm run bench:load`: a mixed load on the production build for 60 s at 200 connections, as a
// village sees it on a busy day: villagers reading boards, pledge pages and open data; voters
// opening and submitting ballots with fresh one-time codes; secretaries saving and editing draft
// pledges, all through the no-JavaScript pages and forms. Prints requests/s, p50, p99 and errors per
// kind, the peak memory of the next-server process tree, and then checks that nothing was lost:
// every ballot and draft answered as saved is in the database, and every pledge's history verifies.
//
// The load comes from many villagers, each with their own address (X-Forwarded-For, which the app
// trusts for its per-address limits; see scripts/bench-load/addresses.ts). Starts the app like
// `npm start` (building first when the sources changed: run it under the shared build lock,
// `flock /tmp/pledgeboard-build.lock npm run bench:load`) on a free port (BENCH_PORT), with its own
// throwaway database seeded with the demo. Before the clock: the codes are printed, the app is
// restarted (slips are printed days before a vote), each form is posted once and every board and pledge
// page is rendered once, so the load meets the server as it runs once it has been up a while.
// BENCH_SECONDS, BENCH_CONNECTIONS and BENCH_CODES (ballot codes printed beforehand) change the run.
// Exits 1 when a write was lost or a history is broken; a missed target is printed, not fatal.
import "dotenv/config";
import os from "node:os";
import pg from "pg";
import { runReaders, TIMEOUT_SECONDS, type ReaderStream } from "./bench-load/readers";
import { lostWrites, roundCounts, verifyHistory } from "./bench-load/checks";
import { MemorySampler } from "./bench-load/memory";
import { readerPages, renderBoards, secretaryPlan, voterPlan, warmUp } from "./bench-load/setup";
import { KINDS, Recorder, type Kind } from "./bench-load/stats";
import { runSecretaries, runVoters } from "./bench-load/writers";
import { startBenchApp } from "./lib/bench-app";

const SECONDS = Number(process.env.BENCH_SECONDS || 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 200);
const CODES = Number(process.env.BENCH_CODES || 8000);
const SHARES = { board: 0.35, pledge: 0.25, boardJson: 0.15, voters: 0.15, secretaries: 0.1 };
const TARGETS = { readP99Ms: 500, writeP99Ms: 1000, rssMb: 500 };

/** The connections shared out by SHARES, rounded so that they add up to the total. */
function split(total: number): Record<keyof typeof SHARES, number> {
  const entries = Object.entries(SHARES) as [keyof typeof SHARES, number][];
  const counts = Object.fromEntries(entries.map(([name, share]) => [name, Math.floor(total * share)])) as Record<keyof typeof SHARES, number>;
  const byRemainder = [...entries].sort((a, b) => ((total * b[1]) % 1) - ((total * a[1]) % 1));
  for (let left = total - Object.values(counts).reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i++) counts[byRemainder[i % entries.length]![0]] += 1;
  return counts;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

async function main() {
  const conns = split(CONNECTIONS);
  console.log("Starting the app (own throwaway database with the demo; builds first if the sources changed)…");
  const app = await startBenchApp("load");
  let client = new pg.Client({ connectionString: app.databaseUrl });
  try {
    await client.connect();
    const pages = await readerPages(client);
    const voters = await voterPlan(app.base, client, app.secret, CODES);
    console.log(`Printed ${voters.codes.length} ballot codes through the generate form (${voters.sheetSeconds.length} sheets of 500, ${voters.sheetSeconds.map((s) => s.toFixed(1)).join(", ")} s).`);
    // Slips are printed days before the vote; the memory of rendering the sheets (QR codes and all)
    // would otherwise stay in the server whose memory the load measures.
    console.log("Restarting the app on the same database, as it would have been since the slips were printed…");
    await client.end();
    await app.restart();
    client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    const secretaries = await secretaryPlan(app.base, client, app.secret);
    await warmUp(voters);
    const rendered = await renderBoards(app.base, pages);
    console.log(`Rendered every board, its open data and every published pledge page once (${rendered.pages} pages in ${rendered.seconds.toFixed(1)} s); asked again, ${rendered.hits} of ${rendered.boards} boards came from the page cache.`);
    const before = await roundCounts(client, voters.roundId);

    const memory = new MemorySampler(app.pid);
    const idle = memory.sample();
    const recorder = new Recorder();
    const streams: ReaderStream[] = [
      { kind: "board", connections: conns.board, paths: pages.boards },
      { kind: "pledge", connections: conns.pledge, paths: pages.pledges },
      { kind: "boardJson", connections: conns.boardJson, paths: pages.boardJson },
    ];
    console.log(`Load: ${CONNECTIONS} connections for ${SECONDS} s, generated on the same ${os.cpus().length}-core machine (autocannon for the readers, one loop per voter and secretary).`);
    console.log("The load comes from many villagers, each with their own address (X-Forwarded-For): no one address meets a per-address limit.");
    memory.start(250);
    const started = performance.now();
    const [, voted, saved] = await Promise.all([
      runReaders(app.base, SECONDS, streams, recorder),
      runVoters(voters, conns.voters, SECONDS, recorder),
      runSecretaries(secretaries, conns.secretaries, SECONDS, recorder),
    ]);
    const elapsed = (performance.now() - started) / 1000;
    memory.stop();

    const after = await roundCounts(client, voters.roundId);
    const lost = await lostWrites(client, before, after, voted, saved);
    const history = await verifyHistory(app.databaseUrl);

    const groups: [string, Kind[]][] = [
      [`Villagers reading: ${conns.board + conns.pledge + conns.boardJson} connections, a page at random of ${pages.boards.length} boards, ${pages.pledges.length} published pledges, ${pages.boardJson.length} boards' open data`, ["board", "pledge", "boardJson"]],
      [`Voters: ${conns.voters} connections, each voter opens the ballot of a fresh code and submits it`, ["ballotOpen", "ballotSubmit"]],
      [`Secretaries: ${conns.secretaries} connections (${secretaries.secretaries.length} village secretaries in turn), a new draft then two edits`, ["pledgeCreate", "pledgeEdit"]],
    ];
    console.log(`\nreq/s: expected answers a second; p50, p99, max: time to the answer, a request given up counting at the ${TIMEOUT_SECONDS} s it waited; errors: wrong answers and timeouts.`);
    console.log(`${"".padEnd(48)} ${"conns".padStart(5)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"max ms".padStart(7)} ${"errors".padStart(7)}`);
    const connsOf: Partial<Record<Kind, number>> = { board: conns.board, pledge: conns.pledge, boardJson: conns.boardJson };
    for (const [title, kinds] of groups) {
      console.log(title);
      for (const kind of kinds) {
        const row = recorder.summary(kind, SECONDS);
        const label = KINDS.find((k) => k.kind === kind)!.label;
        console.log(
          `  ${label.padEnd(46)} ${String(connsOf[kind] ?? "").padStart(5)} ${row.rate.toFixed(1).padStart(7)} ${row.p50.toFixed(0).padStart(7)} ${row.p99.toFixed(0).padStart(7)} ${row.max.toFixed(0).padStart(7)} ${String(row.errors).padStart(7)}`,
        );
        if (row.firstError) console.log(`    first error: ${row.firstError}`);
      }
    }
    const summaries = KINDS.map((k) => ({ ...k, ...recorder.summary(k.kind, SECONDS) }));
    const total = summaries.reduce((sum, row) => sum + row.good, 0);
    const errors = summaries.reduce((sum, row) => sum + row.errors, 0);
    const readP99 = Math.max(...summaries.filter((row) => !row.write).map((row) => row.p99));
    const writeP99 = Math.max(...summaries.filter((row) => row.write).map((row) => row.p99));
    console.log(`  all kinds: ${(total / SECONDS).toFixed(1)} good answers/s, ${errors} errors (the last writes sent were answered by ${elapsed.toFixed(1)} s)`);
    if (voted.ranOutAfterMs !== null) console.log(`  the ballot codes ran out after ${(voted.ranOutAfterMs / 1000).toFixed(1)} s: set BENCH_CODES higher than ${CODES}`);

    console.log(`\nServer memory (RSS from /proc): next-server process tree ${mb(idle.next)} before the load, peak ${mb(memory.peakNext)} during it, ${mb(memory.lastNext)} after; PostgreSQL beside it peak ${mb(memory.peakPostgres)}`);
    const share = (seconds: number) => `${seconds.toFixed(0)} s (${((seconds / elapsed) * 100).toFixed(0)} % of one core)`;
    console.log(
      `CPU during the load (${os.cpus().length} cores × ${elapsed.toFixed(0)} s): next-server ${share(memory.cpu.next)}, of which its main (JavaScript) thread ${share(memory.cpu.nextMain)}; ` +
        `PostgreSQL ${share(memory.cpu.postgres)}; the load generator ${share(memory.cpu.generator)}`,
    );
    console.log("\nNothing lost:");
    console.log(`  ballots: ${lost.ballots.answered} answered as counted, ${lost.ballots.stored} stored in the round, ${lost.ballots.codesUsed} codes used`);
    console.log(`  drafts: ${lost.drafts.answered} answered as saved, ${lost.drafts.stored} of them stored; ${lost.drafts.unansweredButStored} stored without a saved answer (timed out or refused)`);
    console.log(`  edits: ${lost.edits.answered} answered as saved, ${lost.edits.stored} stored (by the drafts' versions)${lost.edits.lostOn ? `; missing on ${lost.edits.lostOn} drafts` : ""}`);
    console.log(`  lost writes: ${lost.lost}`);
    const brokenChains = history.broken.length;
    console.log(`  history (lib/history/verify.ts): ${brokenChains ? `BROKEN on ${brokenChains} of` : "intact,"} ${history.pledges} pledge chains, ${history.events} events, ${(history.elapsedMs / 1000).toFixed(1)} s`);
    for (const chain of history.broken.slice(0, 10)) console.log(`    broken: pledge ${chain.pledgeId} (${chain.village?.slug ?? "?"}) first broken event ${chain.firstBrokenSeq ?? "none at all"}`);
    const codesMatch = lost.ballots.codesUsed === lost.ballots.stored;

    console.log(
      `\nTargets at ${CONNECTIONS} connections: zero errors ${verdict(errors === 0)} · nothing lost ${verdict(lost.lost === 0 && codesMatch && brokenChains === 0)} · ` +
        `p99 reads < ${TARGETS.readP99Ms} ms ${verdict(readP99 < TARGETS.readP99Ms)} (${readP99.toFixed(0)}) · p99 writes < ${TARGETS.writeP99Ms} ms ${verdict(writeP99 < TARGETS.writeP99Ms)} (${writeP99.toFixed(0)}) · ` +
        `peak RSS < ${TARGETS.rssMb} MB ${verdict(memory.peakNext < TARGETS.rssMb * 1024 * 1024)} (${mb(memory.peakNext)})`,
    );
    if (lost.lost > 0 || !codesMatch || brokenChains > 0) process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
