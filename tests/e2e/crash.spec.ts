import { expect, test } from "@playwright/test";
import pg from "pg";
import { lostWrites, roundCounts, verifyHistory } from "../../scripts/bench-load/checks";
import { serverPid } from "../../scripts/bench-load/memory";
import { secretaryPlan, voterPlan } from "../../scripts/bench-load/setup";
import { Recorder } from "../../scripts/bench-load/stats";
import { runSecretaries, runVoters } from "../../scripts/bench-load/writers";
import { startBenchApp } from "../../scripts/lib/bench-app";

// The production server killed outright (SIGKILL, no chance to finish anything) while voters cast
// ballots and secretaries save and edit drafts through the no-JavaScript forms, at a moment when
// the database holds transactions that have written and not committed. Started again on the same
// database: every write answered as saved is there, no ballot code is spent without its ballot or
// the other way round, every ballot has a vote for each pledge of its round, and every pledge's
// history verifies. (tests/db/crash-safety.db.test.ts does the same to the data layer alone, with
// publishes and roster imports in the burst.)

test.skip(({ isMobile }) => isMobile, "no screen involved");

/** Backends of the app holding a transaction that has written and not committed. */
async function uncommittedWriters(client: pg.Client): Promise<number> {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
  );
  return rows[0].n;
}

test("the server killed in the middle of a burst of ballots and drafts loses nothing it answered and leaves every record whole", async () => {
  test.setTimeout(240_000);
  const app = await startBenchApp("crash");
  let client = new pg.Client({ connectionString: app.databaseUrl });
  try {
    await client.connect();
    // The wrapper stops the database once its server is gone: this connection ends with it.
    client.on("error", () => {});
    const voters = await voterPlan(app.base, client, app.secret, 900);
    const secretaries = await secretaryPlan(app.base, client, app.secret);
    const before = await roundCounts(client, voters.roundId);
    const { rows: earlier } = await client.query(`SELECT id FROM "Ballot" WHERE "roundId" = $1`, [voters.roundId]);

    const recorder = new Recorder();
    const burst = Promise.all([runVoters(voters, 12, 12, recorder), runSecretaries(secretaries, 8, 12, recorder)]);
    // Let writes be answered, then wait for a moment when at least one transaction has written but not committed.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    let caught = 0;
    for (let tries = 0; tries < 2_000 && caught === 0; tries++) caught = await uncommittedWriters(client);
    expect(caught, "a transaction had written and not committed when the server was killed").toBeGreaterThan(0);
    process.kill(serverPid(app.pid), "SIGKILL");
    const [voted, saved] = await burst;
    expect(voted.counted + saved.saved.size, "writes were answered before the kill").toBeGreaterThan(10);

    await client.end().catch(() => {});
    await app.restart();
    client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();

    const after = await roundCounts(client, voters.roundId);
    const lost = await lostWrites(client, before, after, voted, saved);
    expect(lost.lost, JSON.stringify(lost)).toBe(0);
    expect(lost.ballots.codesUsed, "every spent code has its ballot and every ballot its code").toBe(lost.ballots.stored);
    const { rows: partial } = await client.query(
      `SELECT b.id FROM "Ballot" b
        WHERE b."roundId" = $1 AND NOT (b.id = ANY($2))
          AND (SELECT count(*) FROM "Vote" v WHERE v."ballotId" = b.id) <> (SELECT count(*) FROM "EvaluationRoundPledge" p WHERE p."roundId" = $1)`,
      [voters.roundId, earlier.map((row: { id: string }) => row.id)],
    );
    expect(partial, "ballots without a vote for every pledge of the round").toEqual([]);
    const history = await verifyHistory(app.databaseUrl);
    expect(history.broken).toEqual([]);
    expect(history.pledges).toBeGreaterThan(0);
    console.log(
      `server killed with ${caught} transaction(s) written and not committed; answered before: ${voted.counted} ballots, ${saved.saved.size} drafts; ` +
        `stored: ${lost.ballots.stored} ballots (${lost.ballots.codesUsed} codes spent), ${lost.drafts.stored + lost.drafts.unansweredButStored} drafts; ${history.pledges} chains verify`,
    );

    // And the restarted server takes the next ballot.
    const code = voters.codes.at(-1)!;
    const page = await fetch(`${app.base}/ballot?code=${encodeURIComponent(code)}`, { headers: { "x-forwarded-for": "192.0.2.77" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="rating:');
  } finally {
    await client.end().catch(() => {});
    await app.stop();
  }
});
