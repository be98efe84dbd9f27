import "server-only";
import { createHash, randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyImport } from "./apply";
import { MAX_LISTED_PROBLEMS, type ImportProblem } from "./layout";
import { readTable } from "./parse";
import { planImport, type ImportPlan } from "./plan";
import { validateRows, type ImportRow } from "./validate";

// The ledger in: a roster file of villages, members and village secretary accounts for the
// counties in an organiser's reach. A dry run reports every problem by row and column and writes
// nothing; a commit re-checks the same file and writes all of it in one transaction, or nothing.

export type ImportFile = { name: string; bytes: Uint8Array };
export type ImportSummary = {
  villages: { create: number; update: number; unchanged: number };
  members: { create: number; update: number; unchanged: number };
  accounts: { create: number; unchanged: number };
};
export type ImportReport = {
  fileName: string;
  /** SHA-256 of the file: the commit names the file the dry run checked. */
  fileHash: string;
  rows: number;
  ok: boolean;
  problemCount: number;
  /** The first MAX_LISTED_PROBLEMS problems, by row. */
  problems: ImportProblem[];
  summary: ImportSummary;
};
/** A new account's initial password, shown once in the commit's answer and stored only hashed. */
export type NewAccount = { name: string; phone: string; village: string; password: string };

const EMPTY_SUMMARY: ImportSummary = { villages: { create: 0, update: 0, unchanged: 0 }, members: { create: 0, update: 0, unchanged: 0 }, accounts: { create: 0, unchanged: 0 } };
const PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

function assertMayImport(actor: Actor) {
  if (actor.role !== "PREFECTURE_ORGANISER" && actor.role !== "COUNTY_ORGANISER") throw new AppError("FORBIDDEN");
}

function summaryOf(plan: ImportPlan): ImportSummary {
  return {
    villages: { create: plan.villagesCreate.length, update: plan.villagesUpdate.length, unchanged: plan.villagesUnchanged },
    members: { create: plan.membersCreate.length, update: plan.membersUpdate.length, unchanged: plan.membersUnchanged },
    accounts: { create: plan.accountsCreate.length, unchanged: plan.accountsUnchanged },
  };
}

function report(file: ImportFile, rows: number, problems: ImportProblem[], summary: ImportSummary): ImportReport {
  const sorted = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    fileName: file.name,
    fileHash: createHash("sha256").update(file.bytes).digest("hex"),
    rows,
    ok: problems.length === 0,
    problemCount: problems.length,
    problems: sorted.slice(0, MAX_LISTED_PROBLEMS),
    summary,
  };
}

/** Reads and checks a file on its own: the rows, or the report that stops it. */
async function checkFile(file: ImportFile): Promise<{ rows: ImportRow[]; count: number; problems: ImportProblem[] }> {
  const table = await readTable(file.name, file.bytes);
  if ("problems" in table) return { rows: [], count: 0, problems: table.problems };
  const { rows, problems } = validateRows(table);
  return { rows, count: table.rows.length, problems };
}

/** Checks a roster against the database and reports what a commit would do; writes nothing. */
export async function dryRunImport(actor: Actor, file: ImportFile): Promise<ImportReport> {
  assertMayImport(actor);
  const checked = await checkFile(file);
  if (checked.problems.length > 0 && checked.rows.length === 0) return report(file, checked.count, checked.problems, EMPTY_SUMMARY);
  const { plan, problems } = await db.$transaction((tx) => planImport(actor, checked.rows, tx), { timeout: 60_000 });
  return report(file, checked.count, [...checked.problems, ...problems], summaryOf(plan));
}

function initialPassword(): string {
  return Array.from({ length: 10 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join("");
}

/**
 * Checks the roster again and, when it has no problem, writes all of it in one transaction (one
 * import per county at a time); with any problem it writes nothing and answers with the report.
 * New secretary accounts get a generated initial password, returned here once.
 */
export async function commitImport(actor: Actor, file: ImportFile): Promise<{ committed: boolean; report: ImportReport; accounts: NewAccount[] }> {
  assertMayImport(actor);
  const checked = await checkFile(file);
  if (checked.problems.length > 0) return { committed: false, report: report(file, checked.count, checked.problems, EMPTY_SUMMARY), accounts: [] };
  const first = await db.$transaction((tx) => planImport(actor, checked.rows, tx), { timeout: 60_000 });
  if (first.problems.length > 0) return { committed: false, report: report(file, checked.count, first.problems, summaryOf(first.plan)), accounts: [] };
  const passwords = new Map(first.plan.accountsCreate.map((a) => [a.phone, initialPassword()]));
  // Hashing (argon2, on the thread pool) runs while the transaction takes its locks and checks the
  // file again; it is awaited before the first write, so no row is locked while it runs.
  const hashing = Promise.all([...passwords].map(async ([phone, password]) => [phone, await hashPassword(password)] as const));
  hashing.catch(() => undefined);

  const outcome = await db.$transaction(
    async (tx) => {
      for (const countyId of first.plan.counties) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ledger-import:${countyId}`}))`;
      const { plan, problems } = await planImport(actor, checked.rows, tx);
      if (problems.length > 0) return { plan, problems };
      const hashes = new Map(await hashing);
      if (plan.accountsCreate.some((a) => !hashes.has(a.phone))) throw new AppError("CONFLICT");
      await applyImport(actor, plan, hashes, tx);
      return { plan, problems };
    },
    { timeout: 180_000, maxWait: 30_000 },
  );
  const done = report(file, checked.count, outcome.problems, summaryOf(outcome.plan));
  if (outcome.problems.length > 0) return { committed: false, report: done, accounts: [] };
  return {
    committed: true,
    report: done,
    accounts: outcome.plan.accountsCreate.map((a) => ({ name: a.name, phone: a.phone, village: a.villageName, password: passwords.get(a.phone)! })),
  };
}
