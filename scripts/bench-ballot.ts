// `npm run bench:ballot`: how long generating and printing 500 one-time codes takes, and how many
// ballots a second the app takes from 50 villagers voting at once. Runs the production build
// (on a free port, or BENCH_PORT) on a throwaway embedded database seeded with the demo, so the developer's own data
// is never touched. Everything goes through the pages as a phone without JavaScript uses them:
// the secretary's generate form and the public ballot form, posted as the browser posts them.
// Numbers, not a test: it stops only if an answer is wrong (a ballot not counted, or counted twice).
import "dotenv/config";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "..");
const SECRET = randomBytes(32).toString("base64url");
const CODES_PER_SHEET = 500;
const VOTERS = 50;
const BALLOTS = 1000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(base: string, logs: string[], exited: () => boolean) {
  for (let i = 0; i < 1200; i++) {
    if (exited()) break;
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not start:\n${logs.join("")}`);
}

/** The hidden fields React renders into a form whose action is a server action (what a browser without JavaScript posts back). */
function actionFields(html: string, marker: string): [string, string][] {
  const form = html.split("<form").find((chunk) => chunk.includes(marker));
  if (!form) throw new Error(`No form with ${marker} on the page`);
  const fields: [string, string][] = [];
  for (const match of form.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)) {
    fields.push([match[1]!, (match[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&")]);
  }
  if (fields.length === 0) throw new Error("The form carries no server action fields");
  return fields;
}

function multipart(fields: [string, string][]) {
  const boundary = `----bench${randomBytes(8).toString("hex")}`;
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "pledgeboard-bench-ballot-"));
  const logs: string[] = [];
  const pgPort = await freePort();
  const PORT = Number(process.env.BENCH_PORT) || (await freePort());
  const BASE = `http://localhost:${PORT}`;
  const app = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/run-app.ts"), "start"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", PORT: String(PORT), NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: SECRET, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  app.stdout.on("data", (chunk) => logs.push(String(chunk)));
  app.stderr.on("data", (chunk) => logs.push(String(chunk)));
  let exited = false;
  app.once("exit", () => (exited = true));
  const client = new pg.Client({ connectionString: `postgresql://pledgeboard:pledgeboard@127.0.0.1:${pgPort}/pledgeboard` });
  const step = (what: string) => process.env.BENCH_DEBUG && console.error(`[bench] ${what}`);
  try {
    step("waiting for the app");
    await waitForServer(BASE, logs, () => exited);
    step("app up");
    await client.connect();
    const { rows: [secretary] } = await client.query(`SELECT id, "sessionVersion", "villageId" FROM "User" WHERE phone = '13900000005'`);
    const { rows: [round] } = await client.query(`SELECT id FROM "EvaluationRound" WHERE "villageId" = $1 AND status <> 'CLOSED'`, [secretary.villageId]);
    if (!round) throw new Error("The demo village has no open evaluation round");
    // Enough households that 1,000 more villager codes are within the cap (a throwaway database).
    await client.query(`UPDATE "Village" SET households = 2000 WHERE id = $1`, [secretary.villageId]);
    const cookie = `next-auth.session-token=${await encode({ token: { sub: secretary.id, uid: secretary.id, sv: secretary.sessionVersion }, secret: SECRET })}`;

    // 1. Generate and print: the generate form posted, answered with the whole sheet of slips.
    const codesPage = `${BASE}/village/evaluation/${round.id}/codes`;
    const codes: string[] = [];
    const sheetTimes: number[] = [];
    let sheetBytes = 0;
    for (let sheet = 0; sheet < BALLOTS / CODES_PER_SHEET + 1; sheet++) {
      const form = await (await fetch(codesPage, { headers: { cookie } })).text();
      const { body, contentType } = multipart([...actionFields(form, 'name="count"'), ["roundId", round.id], ["group", "VILLAGER"], ["count", String(CODES_PER_SHEET)]]);
      const started = performance.now();
      const response = await fetch(codesPage, { method: "POST", headers: { cookie, "content-type": contentType }, body });
      const html = await response.text();
      const elapsed = performance.now() - started;
      // The codes as printed on the slips (the same text also travels in the page's React payload).
      const printed = [...new Set([...html.matchAll(/font-mono[^>]*>([2-9A-Z]{5}-[2-9A-Z]{5})</g)].map((match) => match[1]!))];
      if (response.status !== 200 || printed.length !== CODES_PER_SHEET) throw new Error(`Generating codes answered ${response.status} with ${printed.length} codes`);
      // The first sheet warms the server up; the others are measured.
      if (sheet > 0) sheetTimes.push(elapsed);
      sheetBytes = html.length;
      codes.push(...printed);
    }

    // 2. Ballots: 50 phones, each posting the ballot form of its own code, as a browser without JavaScript does.
    const { rows: pledges } = await client.query(`SELECT "pledgeId" FROM "EvaluationRoundPledge" WHERE "roundId" = $1`, [round.id]);
    const ballotPage = await (await fetch(`${BASE}/ballot?code=${codes[0]}`, { headers: { "x-forwarded-for": "198.51.100.250" } })).text();
    const fields = actionFields(ballotPage, 'name="code"');
    const ratings: [string, string][] = pledges.map((p: { pledgeId: string }, i: number) => [`rating:${p.pledgeId}`, ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"][i % 4]!]);
    const first = multipart([...fields, ["code", codes[0]!], ...ratings]);
    const firstAnswer = await fetch(`${BASE}/ballot?code=${codes[0]}`, {
      method: "POST", redirect: "manual", headers: { "content-type": first.contentType, "x-forwarded-for": "198.51.100.251" }, body: first.body,
    });
    if (firstAnswer.status !== 303 || !firstAnswer.headers.get("location")?.includes("/ballot/done")) {
      throw new Error(`A ballot answered ${firstAnswer.status} to ${firstAnswer.headers.get("location")}, not the thank-you page`);
    }
    const { rows: [before] } = await client.query(`SELECT count(*)::int AS n FROM "Ballot" WHERE "roundId" = $1`, [round.id]);
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
    const { rows: [after] } = await client.query(`SELECT count(*)::int AS n FROM "Ballot" WHERE "roundId" = $1`, [round.id]);
    const { rows: [used] } = await client.query(`SELECT count(*)::int AS n FROM "BallotCode" WHERE "roundId" = $1 AND status = 'USED'`, [round.id]);
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
    if (!exited) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app.once("exit", resolve));
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
