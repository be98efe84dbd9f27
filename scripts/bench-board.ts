// `npm run bench:board`: how fast a 30-pledge public board is served from the production build,
// against the same HTML bytes from a bare Node http server in the same run, at 100 connections
// (autocannon, on the same machine). Prints requests/s, p50 and p99 latency, errors, the ratio of
// the two rates (over the whole run, and in the steady state once every connection is open), the
// share of conditional requests (If-None-Match) answered 304, and the bytes a first visit
// transfers (HTML, CSS, JS, compressed as the server sends them).
//
// Starts the app like `npm start` on its own port (3480, BENCH_PORT; the bare server on the next one)
// with its own embedded database (.data/bench-board-postgres, port 54368; EMBEDDED_PG_DIR / EMBEDDED_PG_PORT override), seeded
// with the demo, and adds a board of exactly 30 published pledges (slug "bench-30") when missing.
// `npm start` builds the app first when the sources are newer than the last build: run this under
// the shared build lock (flock /tmp/pledgeboard-build.lock npm run bench:board).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { PrismaPg } from "@prisma/adapter-pg";
import autocannon from "autocannon";
import { PrismaClient, type PledgeStatus } from "@/lib/generated/prisma/client";
import { createMember, createPlan, createPledge, createProblem } from "@/tests/factories";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT || 3480);
const BARE_PORT = PORT + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const PG_PORT = process.env.EMBEDDED_PG_PORT || "54368";
const PG_DIR = process.env.EMBEDDED_PG_DIR || path.join(ROOT, ".data/bench-board-postgres");
const DATABASE_URL = process.env.BENCH_DATABASE_URL || `postgresql://pledgeboard:pledgeboard@127.0.0.1:${PG_PORT}/pledgeboard`;
const SECONDS = Number(process.env.BENCH_SECONDS || 15);
/** Seconds at the start of each run left out of the steady-state figures. */
const WARM_UP = 5;
/** A request unanswered after this many seconds is an error. */
const TIMEOUT = 10;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 100);
const SLUG = "bench-30";
const BOARD_PATH = `/v/${SLUG}`;

const TARGETS = { p99Ms: 150, ratio: 0.2, htmlCssKb: 40 };

// ---------------------------------------------------------------------------------------------
// The board under test

const ACTIONS = [
  "为冬春草场修缮饮水点", "为缺水户修建水窖", "硬化村委会门前道路", "组织劳务输出培训", "为留守老人代购药品",
  "新建青贮窖", "帮贫困户联系牛羊销路", "清理村道两侧垃圾", "为牧户接种牲畜疫苗", "修补围栏",
  "组织村民学习节水灌溉", "为五保户修缮住房", "引进饲草种植新品种", "公开村务财务账目", "帮助返乡青年办理创业贷款",
];
const UNITS = ["处", "口", "公里", "户", "座", "次", "人", "亩"];
const STATUSES: PledgeStatus[] = ["PUBLISHED", "IN_PROGRESS", "IN_PROGRESS", "DONE", "PARTLY_DONE", "IN_PROGRESS", "NOT_DONE", "DONE", "PUBLISHED", "WITHDRAWN"];

/** A village with exactly 30 published pledges: the branch, eight members, the township and a department. */
async function ensureBenchBoard(): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL }) });
  try {
    const existing = await db.village.findUnique({ where: { slug: SLUG }, select: { id: true } });
    if (existing) {
      const published = await db.pledge.count({ where: { villageId: existing.id, status: { in: ["PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"] } } });
      if (published !== 30) throw new Error(`The bench board has ${published} published pledges, not 30: delete ${PG_DIR} and run again.`);
      return;
    }
    const township = await db.township.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true, countyId: true, county: { select: { prefectureId: true } } } });
    const campaign = await db.campaign.findFirstOrThrow({ where: { prefectureId: township.county.prefectureId, isCurrent: true }, select: { id: true, endsOn: true } });
    const department = await db.department.findFirstOrThrow({ where: { countyId: township.countyId }, select: { id: true } });
    const village = await db.village.create({
      data: { name: "基准测试村", branchName: "基准测试村党支部", slug: SLUG, households: 186, townshipId: township.id, countyId: township.countyId },
    });
    await db.departmentPairing.create({ data: { departmentId: department.id, villageId: village.id } });
    const focus = await createProblem(db, { villageId: village.id, campaignId: campaign.id, isFocus: true, title: "冬春草场牲畜饮水难" });
    await createPlan(db, { problemId: focus.id });
    const members = [];
    for (const name of ["才让", "马文福", "李桂兰", "卓玛", "韩德全", "索南", "王秀英", "拉毛"]) {
      members.push(await createMember(db, { villageId: village.id, name }));
    }
    const known = { townshipId: township.id, countyId: township.countyId, prefectureId: township.county.prefectureId, campaignEndsOn: campaign.endsOn };
    for (let i = 0; i < 30; i++) {
      const who =
        i < 8 ? {} : i < 24 ? { memberId: members[(i - 8) % members.length]!.id } : i < 27 ? { pledgerTownshipId: township.id } : { departmentId: department.id };
      const quantity = 2 + ((i * 7) % 11);
      const unit = UNITS[i % UNITS.length]!;
      await createPledge(
        db,
        {
          villageId: village.id,
          campaignId: campaign.id,
          status: STATUSES[i % STATUSES.length]!,
          action: `${ACTIONS[i % ACTIONS.length]}${quantity}${unit}`,
          quantity,
          unit,
          problemId: i % 3 === 0 ? focus.id : null,
          dueOn: new Date(Date.UTC(2026, 8 + (i % 4), 10 + (i % 18))),
          ...who,
        },
        { known },
      );
    }
  } finally {
    await db.$disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A GET that keeps the body as sent (compressed, when asked for): fetch would decode it. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

async function waitFor(url: string, logs: string[], process: ChildProcess) {
  for (let i = 0; i < 1200; i++) {
    if (process.exitCode !== null) throw new Error(`The app exited:\n${logs.join("").slice(-4000)}`);
    try {
      if ((await rawGet(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not start:\n${logs.join("").slice(-4000)}`);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------
// Page weight of a first visit

async function pageWeight() {
  const encoding = { "Accept-Encoding": "gzip, deflate, br" };
  const page = await rawGet(`${BASE}${BOARD_PATH}`, encoding);
  const html = (await rawGet(`${BASE}${BOARD_PATH}`)).body.toString("utf8");
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  // A nomodule script (Next's polyfills) is skipped by every browser that runs modules: not counted.
  const scriptTags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  const scripts = [...new Set(scriptTags.filter((m) => !/\bnoModule\b/i.test(m[0])).map((m) => m[1]!))];
  const nomodule = scriptTags.filter((m) => /\bnoModule\b/i.test(m[0])).length;
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0);
  const blocking = [...html.matchAll(/<script(?![^>]*\b(async|defer|type="module"|noModule)\b)[^>]*\bsrc=[^>]*>/gi)].length;
  const fonts = /@font-face|rel="preload"[^>]+as="font"/.test(html);
  const sizes = async (urls: string[]) => {
    let sent = 0;
    let raw = 0;
    for (const url of urls) {
      const res = await rawGet(new URL(url, BASE).toString(), encoding);
      sent += res.body.length;
      raw += Number((await rawGet(new URL(url, BASE).toString())).body.length);
    }
    return { sent, raw };
  };
  const css = await sizes(stylesheets);
  const js = await sizes(scripts);
  const cssText = (await Promise.all(stylesheets.map(async (url) => (await rawGet(new URL(url, BASE).toString())).body.toString("utf8")))).join("");
  return {
    htmlSent: page.body.length,
    htmlEncoding: page.headers["content-encoding"] ?? "identity",
    htmlRaw: Buffer.byteLength(html),
    htmlBrotli: zlib.brotliCompressSync(html).length,
    inlineScripts,
    css,
    cssBrotli: zlib.brotliCompressSync(cssText).length,
    js,
    scriptCount: scripts.length,
    nomodule,
    blocking,
    fonts,
  };
}

// ---------------------------------------------------------------------------------------------

type Stats = { rate: number; p50: number; p99: number; max: number; errors: number };
type Measured = { whole: Stats; steady: Stats; responses: number; status304: number };

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}

function summarise(samples: { rt: number; ok: boolean }[], seconds: number, failed: number): Stats {
  const times = samples.map((sample) => sample.rt).sort((a, b) => a - b);
  return {
    rate: samples.length / seconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.at(-1) ?? 0,
    errors: samples.filter((sample) => !sample.ok).length + failed,
  };
}

/**
 * One autocannon run of WARM_UP + SECONDS against a URL, every response timed: the whole run (the
 * opening burst of CONNECTIONS new connections included), and the steady state after WARM_UP.
 * Errors are connection errors and timeouts, and any status but 200 and 304.
 */
async function measure(url: string, headers: Record<string, string> = {}): Promise<Measured> {
  const started = Date.now();
  const samples: { at: number; rt: number; ok: boolean }[] = [];
  const failedAt: number[] = [];
  let status304 = 0;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        headers,
        connections: CONNECTIONS,
        pipelining: 1,
        timeout: TIMEOUT,
        duration: WARM_UP + SECONDS,
        setupClient: (client) => {
          client.on("response", (status: number, _bytes: number, rt: number) => {
            if (status === 304) status304 += 1;
            samples.push({ at: (Date.now() - started) / 1000, rt, ok: status === 200 || status === 304 });
          });
        },
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on("reqError", () => failedAt.push((Date.now() - started) / 1000));
  });
  // Steady: requests sent after the warm-up (a response's send time is its arrival minus its latency;
  // a timed-out request was sent TIMEOUT seconds before its error).
  const steady = samples.filter((sample) => sample.at - sample.rt / 1000 > WARM_UP);
  return {
    whole: summarise(samples, WARM_UP + SECONDS, failedAt.length),
    steady: summarise(steady, SECONDS, failedAt.filter((at) => at - TIMEOUT > WARM_UP).length),
    responses: samples.length,
    status304,
  };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function main() {
  for (const port of [PORT, BARE_PORT]) {
    if (!(await portIsFree(port))) throw new Error(`Port ${port} is in use: set BENCH_PORT to a free port (the bare server takes the next one).`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), NEXTAUTH_URL: `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1" };
  if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  else {
    delete env.DATABASE_URL;
    env.EMBEDDED_PG_DIR = PG_DIR;
    env.EMBEDDED_PG_PORT = PG_PORT;
  }
  const logs: string[] = [];
  const app = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/run-app.ts"), "start"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  app.stdout!.on("data", (chunk) => logs.push(String(chunk)));
  app.stderr!.on("data", (chunk) => logs.push(String(chunk)));
  let bare: ChildProcess | undefined;
  try {
    console.log(`Starting the app on port ${PORT} (own database ${process.env.BENCH_DATABASE_URL ? "from BENCH_DATABASE_URL" : `on port ${PG_PORT}`}; builds first if the sources changed)…`);
    await waitFor(`${BASE}/sign-in`, logs, app);
    await ensureBenchBoard();

    // First render, then a few requests so that the board is served from the cache.
    for (let i = 0; i < 5; i++) await rawGet(`${BASE}${BOARD_PATH}`);
    const sample = await rawGet(`${BASE}${BOARD_PATH}`);
    if (sample.status !== 200) throw new Error(`${BOARD_PATH} answered ${sample.status}`);
    const pledgeCount = (sample.body.toString("utf8").match(/<article /g) ?? []).length;
    const etag = String(sample.headers.etag ?? "");
    console.log(`\nBoard ${BOARD_PATH}: ${pledgeCount} pledges, ${kb(sample.body.length)} of HTML`);
    console.log(`  x-nextjs-cache: ${sample.headers["x-nextjs-cache"] ?? "(none)"}  cache-control: ${sample.headers["cache-control"] ?? "(none)"}  etag: ${etag || "(none)"}`);
    const revalidated = await rawGet(`${BASE}${BOARD_PATH}`, etag ? { "If-None-Match": etag } : {});
    console.log(`  If-None-Match → ${revalidated.status} (${revalidated.body.length} bytes)`);

    const weight = await pageWeight();
    console.log("\nFirst visit, bytes transferred (as sent with Accept-Encoding: gzip, deflate, br):");
    console.log(`  HTML  ${kb(weight.htmlSent).padStart(9)} ${weight.htmlEncoding} (${kb(weight.htmlRaw)} raw, ${kb(weight.htmlBrotli)} brotli; of the raw HTML ${kb(weight.inlineScripts)} is inline script: React's payload)`);
    console.log(`  CSS   ${kb(weight.css.sent).padStart(9)} (${kb(weight.css.raw)} raw, ${kb(weight.cssBrotli)} brotli)`);
    console.log(`  JS    ${kb(weight.js.sent).padStart(9)} (${kb(weight.js.raw)} raw) in ${weight.scriptCount} async files, ${weight.blocking} render-blocking (+${weight.nomodule} nomodule polyfill, skipped by current browsers)`);
    console.log(`  HTML + CSS ${kb(weight.htmlSent + weight.css.sent)} (target < ${TARGETS.htmlCssKb} KB)  webfonts: ${weight.fonts ? "yes" : "none"}`);

    // The same bytes from a bare Node server, in its own process like Next.
    const htmlFile = path.join(mkdtempSync(path.join(os.tmpdir(), "bench-board-")), "board.html");
    writeFileSync(htmlFile, (await rawGet(`${BASE}${BOARD_PATH}`)).body);
    bare = spawn(
      process.execPath,
      [
        "-e",
        `const http=require("node:http");const body=require("node:fs").readFileSync(process.env.BODY_FILE);
         http.createServer((req,res)=>{res.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":body.length});res.end(body);}).listen(${BARE_PORT},()=>console.log("up"));`,
      ],
      { env: { ...process.env, BODY_FILE: htmlFile }, stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise((resolve) => bare!.stdout!.once("data", resolve));

    console.log(`\nLoad: ${CONNECTIONS} connections opened at once, ${WARM_UP} s + ${SECONDS} s per target, autocannon on the same machine.`);
    console.log("  whole run: every response, the opening burst of new connections included;");
    console.log(`  steady: requests sent after the first ${WARM_UP} s, every connection open and kept alive.`);
    const next = await measure(`${BASE}${BOARD_PATH}`);
    const plain = await measure(`http://127.0.0.1:${BARE_PORT}/`);
    const conditional = etag ? await measure(`${BASE}${BOARD_PATH}`, { "if-none-match": etag }) : null;

    console.log(`\n${"".padEnd(30)} ${"".padEnd(10)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"max ms".padStart(7)} ${"errors".padStart(7)}`);
    const rows: [string, Measured][] = [["Next (board from the cache)", next], ["bare node:http (same bytes)", plain]];
    if (conditional) rows.push(["Next, If-None-Match (→ 304)", conditional]);
    for (const [name, m] of rows) {
      for (const [label, row] of [["whole run", m.whole], ["steady", m.steady]] as const) {
        console.log(
          `${(label === "whole run" ? name : "").padEnd(30)} ${label.padEnd(10)} ${row.rate.toFixed(0).padStart(7)} ${row.p50.toFixed(0).padStart(7)} ${row.p99.toFixed(0).padStart(7)} ${row.max.toFixed(0).padStart(7)} ${String(row.errors).padStart(7)}`,
        );
      }
    }
    const ratio = next.whole.rate / plain.whole.rate;
    const steadyRatio = next.steady.rate / plain.steady.rate;
    const share304 = conditional ? conditional.status304 / Math.max(1, conditional.responses) : 0;
    console.log(`\nratio Next / bare: ${ratio.toFixed(2)} (whole run), ${steadyRatio.toFixed(2)} (steady)`);
    console.log(`conditional requests answered 304: ${(share304 * 100).toFixed(1)} %`);
    const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
    console.log(
      `targets, whole run: zero errors ${verdict(next.whole.errors === 0)} · p99 < ${TARGETS.p99Ms} ms ${verdict(next.whole.p99 < TARGETS.p99Ms)} · ratio ≥ ${TARGETS.ratio} ${verdict(ratio >= TARGETS.ratio)} · HTML + CSS < ${TARGETS.htmlCssKb} KB ${verdict(weight.htmlSent + weight.css.sent < TARGETS.htmlCssKb * 1024)}`,
    );
    console.log(
      `targets, steady:    zero errors ${verdict(next.steady.errors === 0)} · p99 < ${TARGETS.p99Ms} ms ${verdict(next.steady.p99 < TARGETS.p99Ms)} · ratio ≥ ${TARGETS.ratio} ${verdict(steadyRatio >= TARGETS.ratio)}`,
    );
  } finally {
    bare?.kill("SIGTERM");
    app.kill("SIGTERM");
    await new Promise((resolve) => (app.exitCode !== null ? resolve(null) : app.once("exit", resolve)));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
