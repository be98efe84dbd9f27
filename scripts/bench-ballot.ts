// `npm run bench:ballot`: how long generating and printing 500 one-time codes takes, and how many
// ballots a second the app takes from 50 villagers voting at once. Runs the production build
// (on a free port, or BENCH_PORT) on a throwaway embedded database seeded with the demo, so the developer's own data
// is never touched. Everything goes through the pages as a phone without JavaScript uses them:
// the secretary's generate form and the public ballot form, posted as the browser posts them.
// Numbers, not a test: it stops only if an answer is wrong (a ballot not counted, or counted twice).
import "dotenv/config";
import autocannon from "autocannon";
import pg from "pg";
import { startBenchApp } from "./lib/bench-app";
import { ballotRatings, generateCodes, prepareRound } from "./lib/bench-ballots";
import { actionFields, multipart, sessionCookie } from "./lib/bench-forms";

const CODES_PER_SHEET = 500;
const VOTERS = 50;
const BALLOTS = 1000;

async function main() {
  const app = await startBenchApp("ballot");
  const BASE = app.base;
  const client = new pg.Client({ connectionString: app.databaseUrl });
  try {
    await client.connect();
    // Room for 1,000 more villager codes, and the voting window open (a throwaway database).
    const { roundId, secretary, pledgeIds } = await prepareRound(client, (BALLOTS / CODES_PER_SHEET + 1) * CODES_PER_SHEET);
    const cookie = await sessionCookie(secretary, app.secret);

    // 1. Generate and print: the generate form posted, answered with the whole sheet of slips.
    // The first sheet warms the server up; the others are measured.
    const generated = await generateCodes(BASE, cookie, roundId, BALLOTS / CODES_PER_SHEET + 1, CODES_PER_SHEET);
    const codes = generated.codes;
    const sheetTimes = generated.sheets.slice(1).map((sheet) => sheet.ms);
    const sheetBytes = generated.sheets.at(-1)!.bytes;

    // 2. Ballots: 50 phones, each posting the ballot form of its own code, as a browser without JavaScript does.
    const ballotPage = await (await fetch(`${BASE}/ballot?code=${codes[0]}`, { headers: { "x-forwarded-for": "198.51.100.250" } })).text();
    const fields = actionFields(ballotPage, 'name="code"');
    const ratings = ballotRatings(pledgeIds);
    const first = multipart([...fields, ["code", codes[0]!], ...ratings]);
    const firstAnswer = await fetch(`${BASE}/ballot?code=${codes[0]}`, {
      method: "POST", redirect: "manual", headers: { "content-type": first.contentType, "x-forwarded-for": "198.51.100.251" }, body: first.body,
    });
    if (firstAnswer.status !== 303 || !firstAnswer.headers.get("location")?.includes("/ballot/done")) {
      throw new Error(`A ballot answered ${firstAnswer.status} to ${firstAnswer.headers.get("location")}, not the thank-you page`);
    }
    const { rows: [before] } = await client.query(`SELECT count(*)::int AS n FROM "Ballot" WHERE "roundId" = $1`, [roundId]);
    const queue = codes.slice(1, BALLOTS + 1);
    let next = 0;
    let counted = 0;
    let refused = 0;
    let firstRefusal: string | undefined;
    const result = await autocannon({
      url: `${BASE}/ballot`,
      connections: VOTERS,
      amount: BALLOTS,
      timeout: 60,
      requests: [
        {
          method: "POST",
          setupRequest: (request) => {
            const code = queue[next++ % queue.length]!;
            const { body, contentType } = multipart([...fields, ["code", code], ...ratings]);
            // Posted back to the page the slip's QR code opened, as the browser does.
            const headers = { ...request.headers, "content-type": contentType, "x-forwarded-for": `10.${next % 250}.${Math.floor(next / 250)}.7` };
            return { ...request, path: `/ballot?code=${encodeURIComponent(code)}`, body, headers };
          },
          // A counted ballot is sent on (303) to the thank-you page; a refusal is the ballot page again.
          onResponse: (status, body) => {
            if (status === 303) counted += 1;
            else {
              refused += 1;
              firstRefusal ??= `${status} ${body.slice(0, 200)}`;
            }
          },
        },
      ],
    });
    const { rows: [after] } = await client.query(`SELECT count(*)::int AS n FROM "Ballot" WHERE "roundId" = $1`, [roundId]);
    const { rows: [used] } = await client.query(`SELECT count(*)::int AS n FROM "BallotCode" WHERE "roundId" = $1 AND status = 'USED'`, [roundId]);
    if (after.n - before.n !== counted || refused !== 0) {
      throw new Error(`Ballots: ${counted} answered as counted, ${refused} refused (first: ${firstRefusal}), but ${after.n - before.n} stored`);
    }

    sheetTimes.sort((a, b) => a - b);
    console.log(`Generate and print ${CODES_PER_SHEET} codes (the generate form posted, answered with the A4 sheet of slips and QR codes):`);
    console.log(`  ${sheetTimes.map((t) => `${(t / 1000).toFixed(2)} s`).join(", ")}; page ${(sheetBytes / 1024 / 1024).toFixed(2)} MB`);
    console.log(`Ballots from ${VOTERS} voters at once (${BALLOTS} ballots, each its own code and address, posted without JavaScript):`);
    console.log(`  ${result.requests.average.toFixed(1)} ballots/s on average; latency median ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, max ${result.latency.max} ms`);
    console.log(`  ${counted} counted, ${refused} refused, ${after.n - before.n} stored; ${used.n} codes of the round used; ${result.errors} errors, ${result.timeouts} timeouts`);
  } finally {
    await client.end().catch(() => {});
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
