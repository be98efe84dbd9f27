// Backups with PostgreSQL's own programs: a pg_dump custom-format archive, and its restore by
// pg_restore into psql, so that dropping the old schema and loading the archive are one
// transaction (a failed restore leaves the database as it was).
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { libpqConnection, type FoundTool } from "./pg-tools";

function run(program: string, args: string[], env: Record<string, string>): { child: ChildProcessByStdio<Writable, Readable, Readable>; done: Promise<void> } {
  const child = spawn(program, args, { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  const done = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${program} failed (exit ${code}):\n${stderr.trim()}`));
    });
  });
  return { child, done };
}

/** Writes the whole database to `file` in pg_dump's custom format, without owners or grants. */
export async function pgDump(tool: FoundTool, url: string, file: string): Promise<void> {
  const { dbname, env } = libpqConnection(url);
  const { child, done } = run(tool.path, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${dbname}`], env);
  child.stdin.end();
  child.stdout.resume();
  await done;
}

/**
 * Replaces the database's schema `public` with the archive's contents in one transaction:
 * pg_restore turns the archive into SQL (with --clean --if-exists), psql runs it inside a
 * transaction that first drops the schema, so objects a newer version of the app added go too.
 * COMMIT is sent only once pg_restore has written the whole archive without error; on any error
 * psql stops and the transaction is rolled back, leaving the database as it was.
 */
export async function pgRestore(tools: { pgRestore: FoundTool; psql: FoundTool }, url: string, file: string): Promise<void> {
  const { dbname, env } = libpqConnection(url);
  const restore = run(tools.pgRestore.path, ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error", "--file=-", file], env);
  restore.child.stdin.end();
  const psql = run(tools.psql.path, ["--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--output=/dev/null", "--file=-", `--dbname=${dbname}`], env);
  psql.child.stdout.resume();
  psql.child.stdin.on("error", () => {}); // psql may stop reading early after an error; its exit code tells.
  psql.child.stdin.write("BEGIN;\nDROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n");
  restore.child.stdout.pipe(psql.child.stdin, { end: false });
  const dumped = await restore.done.then(() => null, (error: unknown) => error);
  psql.child.stdin.end(dumped ? "" : "COMMIT;\n");
  const loaded = await psql.done.then(() => null, (error: unknown) => error);
  if (dumped || loaded) throw dumped ?? loaded;
}
