import { createHash } from "node:crypto";

// The pledge event chain: each event's hash covers its content and the previous event's hash,
// so changing or dropping any event breaks every hash after it.

export const GENESIS_HASH = "0".repeat(64);

export type ChainedEventContent = {
  pledgeId: string;
  seq: number;
  type: string;
  payload: unknown;
  actorId: string | null;
  createdAt: Date;
  prevHash: string;
};

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function hashEvent(event: ChainedEventContent): string {
  return createHash("sha256").update(canonicalJson({ ...event, createdAt: event.createdAt.toISOString() })).digest("hex");
}

/** The first 8 hex digits: short enough to print on a poster, long enough to notice a change. */
export function shortHash(hash: string): string {
  return hash.slice(0, 8);
}

export type StoredEvent = ChainedEventContent & { hash: string };

/** Seq numbers of the events whose link or hash does not verify (empty when the chain is whole). */
export function findBrokenLinks(events: StoredEvent[]): number[] {
  const broken: number[] = [];
  let expectedPrev = GENESIS_HASH;
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  ordered.forEach((event, index) => {
    const { hash, ...content } = event;
    if (event.seq !== index + 1 || event.prevHash !== expectedPrev || hashEvent(content) !== hash) {
      broken.push(event.seq);
    }
    expectedPrev = hash;
  });
  return broken;
}
