// After the load: is every write that was answered as saved in the database, and does every
// pledge's history still verify? Ballots keep no link to their code, so they are counted: the
// round's ballots and used codes before and after. Drafts are looked for by the id their form
// carried, and each one's version says how many edits were stored.
import type pg from "pg";
import type { SecretaryOutcome, VoterOutcome } from "./writers";

export type Counts = { ballots: number; codesUsed: number };

export async function roundCounts(client: pg.Client, roundId: string): Promise<Counts> {
  const { rows: [row] } = await client.query(
    `SELECT (SELECT count(*)::int FROM "Ballot" WHERE "roundId" = $1) AS ballots,
            (SELECT count(*)::int FROM "BallotCode" WHERE "roundId" = $1 AND status = 'USED') AS "codesUsed"`,
    [roundId],
  );
  return row;
}

export type LostReport = {
  ballots: { answered: number; stored: number; codesUsed: number };
  drafts: { answered: number; stored: number; unansweredButStored: number };
  edits: { answered: number; stored: number; lostOn: number };
  /** Writes answered as saved that are not in the database. */
  lost: number;
};

export async function lostWrites(client: pg.Client, before: Counts, after: Counts, voters: VoterOutcome, secretaries: SecretaryOutcome): Promise<LostReport> {
  const ids = [...secretaries.saved.keys()];
  const { rows } = await client.query(`SELECT id, version FROM "Pledge" WHERE id = ANY($1)`, [ids]);
  const stored = new Map<string, number>(rows.map((row: { id: string; version: number }) => [row.id, row.version]));
  const { rows: [unanswered] } = await client.query(`SELECT count(*)::int AS n FROM "Pledge" WHERE id = ANY($1)`, [secretaries.attempted.filter((id) => !secretaries.saved.has(id))]);
  let editsAnswered = 0;
  let editsStored = 0;
  let editsLost = 0;
  let lostOn = 0;
  for (const [id, edits] of secretaries.saved) {
    editsAnswered += edits;
    const version = stored.get(id);
    if (version === undefined) continue;
    editsStored += version - 1;
    // Each stored edit raised the version by one: fewer than answered means an edit went missing.
    if (version - 1 < edits) {
      editsLost += edits - (version - 1);
      lostOn += 1;
    }
  }
  const ballotsStored = after.ballots - before.ballots;
  return {
    ballots: { answered: voters.counted, stored: ballotsStored, codesUsed: after.codesUsed - before.codesUsed },
    drafts: { answered: ids.length, stored: stored.size, unansweredButStored: unanswered.n },
    edits: { answered: editsAnswered, stored: editsStored, lostOn },
    lost: Math.max(0, voters.counted - ballotsStored) + (ids.length - stored.size) + editsLost,
  };
}

/** Recomputes every pledge's hash chain in the app's database (lib/history/verify.ts). */
export async function verifyHistory(databaseUrl: string) {
  // lib/env.ts reads DATABASE_URL once, on first use: set it before the data layer loads.
  process.env.DATABASE_URL = databaseUrl;
  const { db } = await import("@/lib/db");
  const { verifyAllChains } = await import("@/lib/history/verify");
  try {
    return await verifyAllChains();
  } finally {
    await db.$disconnect();
  }
}
