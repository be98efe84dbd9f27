import "server-only";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// The hand-off between a dry run and its commit: a file that passed its dry run is kept on the
// server under its SHA-256, for the account that checked it, so that the commit writes exactly
// the file that was checked without asking for it again. Kept a day at most.

const DAY_MS = 24 * 60 * 60 * 1000;
const dir = () => path.resolve(env().UPLOAD_DIR, "imports");
const HASH = /^[0-9a-f]{64}$/;
const fileOf = (userId: string, hash: string) => path.join(dir(), `${userId.replace(/[^A-Za-z0-9_-]/g, "")}-${hash}`);

export async function stageImport(userId: string, hash: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dir(), { recursive: true });
  const now = Date.now();
  for (const name of await readdir(dir())) {
    const file = path.join(dir(), name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > DAY_MS) await rm(file, { force: true });
  }
  await writeFile(fileOf(userId, hash), bytes);
}

export async function readStagedImport(userId: string, hash: string): Promise<Uint8Array | null> {
  if (!HASH.test(hash)) return null;
  return readFile(fileOf(userId, hash)).then((buffer) => new Uint8Array(buffer), () => null);
}

export async function dropStagedImport(userId: string, hash: string): Promise<void> {
  if (HASH.test(hash)) await rm(fileOf(userId, hash), { force: true });
}
