// The demo village's evaluation round made ready for a benchmark's voters, and one-time codes
// generated through the secretary's own generate form (the sheet of slips it answers with is where
// the codes are read from: only their hashes are stored).
import type pg from "pg";
import { actionFields, multipart } from "./bench-forms";

/** The demo village secretary, who opens and prints the demo round. */
export const DEMO_SECRETARY_PHONE = "13900000005";

export type BenchRound = {
  roundId: string;
  secretary: { id: string; sessionVersion: number; villageId: string };
  pledgeIds: string[];
};

/**
 * The demo village's round, with room for `codes` more villager codes (villager codes are capped
 * at 1.5 × households) and its voting window open now: the demo is dated, the clock moves on, and
 * this is a throwaway database.
 */
export async function prepareRound(client: pg.Client, codes: number): Promise<BenchRound> {
  const { rows: [secretary] } = await client.query(`SELECT id, "sessionVersion", "villageId" FROM "User" WHERE phone = $1`, [DEMO_SECRETARY_PHONE]);
  if (!secretary) throw new Error(`The demo secretary ${DEMO_SECRETARY_PHONE} is missing`);
  const { rows: [round] } = await client.query(`SELECT id FROM "EvaluationRound" WHERE "villageId" = $1 AND status <> 'CLOSED'`, [secretary.villageId]);
  if (!round) throw new Error("The demo village has no open evaluation round");
  const { rows: [issued] } = await client.query(`SELECT count(*)::int AS n FROM "BallotCode" c JOIN "BallotBatch" b ON b.id = c."batchId" WHERE c."roundId" = $1 AND b."group" = 'VILLAGER'`, [round.id]);
  await client.query(`UPDATE "Village" SET households = GREATEST(households, $2) WHERE id = $1`, [secretary.villageId, Math.ceil((issued.n + codes + 10) / 1.5)]);
  await client.query(
    `UPDATE "EvaluationRound" SET "opensAt" = LEAST("opensAt", now() - interval '1 day'), "closesAt" = GREATEST("closesAt", now() + interval '1 day') WHERE id = $1`,
    [round.id],
  );
  const { rows: pledges } = await client.query(`SELECT "pledgeId" FROM "EvaluationRoundPledge" WHERE "roundId" = $1`, [round.id]);
  return { roundId: round.id, secretary, pledgeIds: pledges.map((p: { pledgeId: string }) => p.pledgeId) };
}

/** A rating for every pledge of the round (the four options in turn): a complete ballot. */
export function ballotRatings(pledgeIds: string[]): [string, string][] {
  return pledgeIds.map((id, i) => [`rating:${id}`, ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"][i % 4]!]);
}

/**
 * Generates villager codes in sheets of `perSheet` by posting the round's generate form, and reads
 * them off the printed slips. Returns the codes and, per sheet, the time of the post and the page size.
 */
export async function generateCodes(base: string, cookie: string, roundId: string, sheets: number, perSheet: number) {
  const codesPage = `${base}/village/evaluation/${roundId}/codes`;
  const codes: string[] = [];
  const times: { ms: number; bytes: number }[] = [];
  for (let sheet = 0; sheet < sheets; sheet++) {
    const form = await (await fetch(codesPage, { headers: { cookie } })).text();
    const { body, contentType } = multipart([...actionFields(form, 'name="count"'), ["roundId", roundId], ["group", "VILLAGER"], ["count", String(perSheet)]]);
    const started = performance.now();
    const response = await fetch(codesPage, { method: "POST", headers: { cookie, "content-type": contentType }, body });
    const html = await response.text();
    const ms = performance.now() - started;
    // The codes as printed on the slips (the same text also travels in the page's React payload).
    const printed = [...new Set([...html.matchAll(/font-mono[^>]*>([2-9A-Z]{5}-[2-9A-Z]{5})</g)].map((match) => match[1]!))];
    if (response.status !== 200 || printed.length !== perSheet) throw new Error(`Generating codes answered ${response.status} with ${printed.length} codes`);
    times.push({ ms, bytes: html.length });
    codes.push(...printed);
  }
  return { codes, sheets: times };
}
