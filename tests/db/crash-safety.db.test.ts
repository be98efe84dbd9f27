// Crash safety: a process doing the app's writes (tests/db/crash/writer.ts: pledge publications,
// villagers' ballots, roster imports, new drafts, several at once) is killed with SIGKILL while
// some of its transactions have written but not committed. Afterwards every record is whole or
// absent, every history chain verifies, spent codes and cast ballots agree, and everything the
// writer reported as done is there (tests/db/crash/invariants.ts). A second run casts ballots
// the careless way (two transactions) to show that the same check catches what that leaves.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrgTree, type OrgTree } from "@/tests/factories";
import { crashInvariants, type Acked } from "./crash/invariants";
import { makeCrashPlan, type CrashPlan } from "./crash/plan";

const ROOT = path.resolve(import.meta.dirname, "../..");
const WRITER = path.join(import.meta.dirname, "crash/writer.ts");
const APP_NAME = "pledgeboard-crash-writer";

type Writer = {
  child: ChildProcess;
  acked: Acked;
  lines: string[];
  /** Resolves once `test` holds for the lines so far (checked at each new line); rejects after `ms`. */
  until: (test: () => boolean, ms: number, what: string) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the writer's output is read to the end. */
  closed: Promise<void>;
};

function startWriter(planFile: string, onLine: (line: string, writer: Writer) => void = () => {}): Writer {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", WRITER, planFile], {
    cwd: ROOT,
    // The run's database and secrets (tests/db/setup.ts put them in process.env), and a name to find its connections by.
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, HASH_SECRET: process.env.HASH_SECRET, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, PGAPPNAME: APP_NAME },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const acked: Acked = { publish: new Set(), ballot: new Set(), import: new Set(), draft: new Set() };
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const writer: Writer = {
    child,
    acked,
    lines,
    until: (test, ms, what) =>
      new Promise((resolve, reject) => {
        if (test()) return resolve();
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Waited ${ms} ms for ${what}; the writer said:\n${lines.slice(-15).join("\n")}`));
        }, ms);
        const check = () => {
          if (!test()) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      }),
    exited: new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal }))),
    closed: new Promise((resolve) => child.stdout!.on("close", () => resolve())),
  };
  child.stderr!.on("data", (chunk) => lines.push(`stderr: ${String(chunk).trim()}`));
  readline.createInterface({ input: child.stdout! }).on("line", (line) => {
    lines.push(line);
    const [word, kind, key] = line.split(" ");
    if (word === "ok" && kind && key && kind in acked) acked[kind as keyof Acked].add(key);
    onLine(line, writer);
    for (const check of [...waiters]) check();
  });
  return writer;
}

/** The writer's connections that are inside a transaction which has already written something. */
async function writingTransactions() {
  const [row] = await db.$queryRaw<{ writing: number; connections: number; statements: string | null }[]>`
    SELECT count(*) FILTER (WHERE backend_xid IS NOT NULL)::int AS writing, count(*)::int AS connections,
           string_agg(left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 40), ' | ') FILTER (WHERE backend_xid IS NOT NULL) AS statements
    FROM pg_stat_activity WHERE application_name = ${APP_NAME}`;
  return row!;
}

/** Waits until the server has noticed the dead writer's connections and rolled back what they held. */
async function writerConnectionsGone() {
  for (let i = 0; i < 200; i++) {
    if ((await writingTransactions()).connections === 0) return;
    await sleep(50);
  }
  throw new Error("The killed writer's connections are still open after 10 s.");
}

let tree: OrgTree;
let dir: string;

async function planFile(plan: CrashPlan) {
  const file = path.join(dir, `plan-${plan.mode}.json`);
  await writeFile(file, JSON.stringify(plan));
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "pledgeboard-crash-"));
  tree = await createOrgTree(db);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a writer killed mid-burst", () => {
  it("leaves every record whole or absent, every chain verifying, codes and ballots in step, and every reported write in place", async () => {
    const plan = await makeCrashPlan(tree, "app", 1);
    const writer = startWriter(await planFile(plan));
    try {
      const { acked } = writer;
      await writer.until(() => acked.publish.size >= 15 && acked.ballot.size >= 15 && acked.import.size >= 2 && acked.draft.size >= 15, 40_000, "writes of every kind");

      // Kill at a moment when at least two transactions have written and not committed.
      let open = { writing: 0, connections: 0, statements: null as string | null };
      for (let tries = 0; tries < 2000 && open.writing < 2; tries++) open = await writingTransactions();
      writer.child.kill("SIGKILL");
      expect((await writer.exited).signal, writer.lines.slice(-15).join("\n")).toBe("SIGKILL");
      await writer.closed;
      await writerConnectionsGone();

      expect(writer.lines.filter((line) => /^(error|refused|fatal)/.test(line))).toEqual([]);
      expect(open.writing).toBeGreaterThanOrEqual(2);
      const begun = writer.lines.filter((line) => line.startsWith("begin ")).map((line) => line.split(" ").slice(1, 3).join(" "));
      const finished = new Set(writer.lines.filter((line) => line.startsWith("ok ")).map((line) => line.split(" ").slice(1, 3).join(" ")));
      const inFlight = begun.filter((write) => !finished.has(write)).map((write) => write.split(" ")[0]);
      expect(inFlight.length).toBeGreaterThan(0);

      const { problems, done } = await crashInvariants(plan, writer.acked);
      expect(problems).toEqual([]);
      // What the kill interrupted: some of each kind done, none of the queues finished.
      expect(done.publish).toBeGreaterThanOrEqual(acked.publish.size);
      expect(done.publish).toBeLessThan(plan.publish.length);
      expect(done.ballot).toBeGreaterThanOrEqual(acked.ballot.size);
      expect(done.ballot).toBeLessThan(plan.ballots.codes.length);
      expect(done.import).toBeGreaterThanOrEqual(acked.import.size);
      expect(done.import).toBeLessThan(plan.imports.length);
      expect(done.draft).toBeGreaterThanOrEqual(acked.draft.size);
      console.log(
        `crash-safety: SIGKILL with ${open.writing} of ${open.connections} writer connections holding uncommitted writes, ` +
          `writes in flight: ${inFlight.sort().join(", ")}; last statements of the open transactions: ${open.statements}; after: ${done.publish} published, ${done.ballot} ballots, ${done.import} imports, ${done.draft} drafts, 0 problems`,
      );
    } finally {
      writer.child.kill("SIGKILL");
    }
  }, 60_000);

  it("would catch a ballot whose spent code and votes were written in two transactions", async () => {
    const plan = await makeCrashPlan(tree, "split-ballot", 2);
    // Killed right after a code is spent and before its ballot is written: what a crash between two transactions leaves.
    const writer = startWriter(await planFile(plan), (line, self) => {
      const [word, , code] = line.split(" ");
      if (word === "spent" && self.acked.ballot.size >= 3 && code && !self.acked.ballot.has(code)) self.child.kill("SIGKILL");
    });
    try {
      expect((await writer.exited).signal, writer.lines.slice(-15).join("\n")).toBe("SIGKILL");
      await writer.closed;
      await writerConnectionsGone();

      const { problems } = await crashInvariants(plan, writer.acked);
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^round ${plan.ballots.roundId}/VILLAGER: \\d+ codes spent but \\d+ ballots cast$`))]);
    } finally {
      writer.child.kill("SIGKILL");
    }
  }, 60_000);
});
