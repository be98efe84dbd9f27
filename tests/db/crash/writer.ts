// The process the crash-safety test kills (tests/db/crash-safety.db.test.ts). It runs the app's
// own data-layer writes as fast as it can, several at a time: approving (and so publishing)
// pledges, villagers' ballots, roster imports and new drafts. It prints one line as each write
// starts ("begin <kind> <key>") and one once it has returned, i.e. committed ("ok <kind> <key>").
// On Linux a write to a pipe is synchronous, so a printed "ok" is in the test's hands even if
// this process dies on the next instruction.
//
// Run as: node --conditions=react-server --import tsx tests/db/crash/writer.ts PLAN.json, with
// DATABASE_URL, HASH_SECRET and NEXTAUTH_SECRET set.
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { submitBallot } from "@/lib/evaluation/ballot";
import { hashCode, normaliseCode } from "@/lib/evaluation/codes";
import { hashSecret } from "@/lib/evaluation/secret";
import { commitImport } from "@/lib/ledger/import";
import { createPledge } from "@/lib/pledges/mutations/draft";
import { approvePledge } from "@/lib/pledges/mutations/review";
import { actorFor } from "../helpers";
import type { CrashPlan } from "./plan";

const plan = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as CrashPlan;
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Works through a shared queue; several lanes on one queue run its writes concurrently. */
async function lane<T>(kind: string, queue: T[], key: (item: T) => string, write: (item: T) => Promise<true | string>) {
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const name = key(item);
    say(`begin ${kind} ${name}`);
    try {
      const outcome = await write(item);
      say(outcome === true ? `ok ${kind} ${name}` : `refused ${kind} ${name} ${outcome}`);
    } catch (error) {
      say(`error ${kind} ${name} ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`);
    }
  }
}

const ratings = Object.fromEntries(plan.ballots.pledgeIds.map((id, i) => [`rating:${id}`, ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"][i % 3]]));

/**
 * The ballot as a careless implementation would cast it: the code spent in one transaction, the
 * ballot and its votes written in another. The test runs this only to show that its check
 * catches what a kill between the two leaves behind.
 */
async function splitBallot(code: string): Promise<true | string> {
  const found = await db.ballotCode.findUniqueOrThrow({ where: { codeHash: hashCode(normaliseCode(code), hashSecret()) }, select: { id: true, batch: { select: { group: true } } } });
  const flipped = await db.ballotCode.updateMany({ where: { id: found.id, status: "ISSUED" }, data: { status: "USED", usedAt: new Date() } });
  if (flipped.count === 0) return "CODE_USED";
  say(`spent ballot ${code}`);
  await sleep(250);
  await db.ballot.create({
    data: {
      roundId: plan.ballots.roundId, group: found.batch.group, channel: "CODE",
      votes: { createMany: { data: plan.ballots.pledgeIds.map((pledgeId) => ({ pledgeId, rating: "SATISFIED" as const })) } },
    },
  });
  return true;
}

async function main() {
  const reviewer = await actorFor(plan.actors.reviewer);
  const secretary = await actorFor(plan.actors.secretary);
  const organiser = await actorFor(plan.actors.organiser);
  const codes = [...plan.ballots.codes];
  const publish = [...plan.publish];
  const imports = [...plan.imports];
  const drafts = [...plan.drafts.ids];
  // Ten lanes for the app's pool of ten connections (lib/db.ts).
  const castBallot = (code: string, i: number) =>
    plan.mode === "split-ballot" ? splitBallot(code) : submitBallot({ code, ...ratings }, `198.51.100.${i}`).then(() => true as const);
  say("ready");
  await Promise.all([
    ...[1, 2, 3].map((i) => lane("ballot", codes, (code) => code, (code) => castBallot(code, i))),
    ...[1, 2, 3].map(() => lane("publish", publish, (p) => p.id, (p) => approvePledge(reviewer, { id: p.id, version: p.version }).then(() => true as const))),
    ...[1, 2].map(() =>
      lane("import", imports, (file) => file.name, async (file) => {
        const result = await commitImport(organiser, { name: file.name, bytes: new TextEncoder().encode(file.csv) });
        return result.committed || result.report.problems.map((p) => p.code).join(",");
      }),
    ),
    ...[1, 2].map(() =>
      lane("draft", drafts, (id) => id, (id) =>
        createPledge(secretary, {
          id, villageId: plan.drafts.villageId, pledgerKind: "BRANCH", area: "VILLAGE_APPEARANCE", action: "硬化村内道路300米", quantity: "300", unit: "米",
          placeOrBeneficiaries: "村委会至小学路段", dueOn: "2026-12-20", responsiblePerson: "村党支部书记", verification: "村民代表现场验收",
        }).then(() => true as const),
      ),
    ),
  ]);
  say("drained");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    say(`fatal ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
