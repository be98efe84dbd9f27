import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { PUBLIC_STATUSES, isStorageKey } from "./fields";

// Serving stored progress photos to anyone: only a file attached to a progress update of a
// published pledge, found by its exact storage key, read from under the upload root.

const SERVED_TYPES = new Set(["image/jpeg", "image/webp"]);

export type PublicEvidence = { mimeType: string; sha256: string; bytes: number };

/** The photo stored under this key if it belongs to a public pledge's progress; null otherwise. */
export async function findPublicEvidence(storageKey: string): Promise<PublicEvidence | null> {
  if (!isStorageKey(storageKey)) return null;
  const file = await db.evidenceFile.findFirst({
    where: { storageKey, progressUpdate: { pledge: { status: { in: [...PUBLIC_STATUSES] } } } },
    select: { mimeType: true, sha256: true, bytes: true },
  });
  if (!file || !SERVED_TYPES.has(file.mimeType)) return null;
  return file;
}

/** The file's bytes, or null when it is missing or the key would leave the upload root. */
export async function readEvidence(storageKey: string): Promise<Buffer | null> {
  if (!isStorageKey(storageKey)) return null;
  const root = path.resolve(env().UPLOAD_DIR);
  const target = path.resolve(root, storageKey);
  if (!target.startsWith(`${root}${path.sep}`)) return null;
  return readFile(target).catch(() => null);
}
