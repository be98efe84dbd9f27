import { db } from "@/lib/db";
import { GENESIS_HASH, hashEvent, type StoredEvent } from "./chain";

// Recomputes every pledge's event chain straight from the table, in (pledgeId, seq) order and in
// batches read by keyset over the (pledgeId, seq) index, so memory stays flat however long the
// log grows: only the chain being checked is held, as its expected next link.

export type BrokenChain = {
  pledgeId: string;
  /** The first event whose link or hash does not verify; null when the pledge has no events at all. */
  firstBrokenSeq: number | null;
  village: { name: string; slug: string; township: string; county: string } | null;
};

export type VerifyReport = {
  pledges: number;
  events: number;
  broken: BrokenChain[];
  elapsedMs: number;
};

/**
 * Checks events fed in (pledgeId, seq) order, each pledge's events together, the same way
 * findBrokenLinks (lib/history/chain.ts) checks one whole chain: seq runs 1, 2, 3…, each event
 * names the hash before it, and each hash covers the event's content.
 */
export class ChainVerifier {
  private pledgeId: string | null = null;
  private expectedSeq = 1;
  private expectedPrev = GENESIS_HASH;
  private currentBroken = false;
  readonly broken: { pledgeId: string; firstBrokenSeq: number }[] = [];
  pledges = 0;
  events = 0;

  push(event: StoredEvent): void {
    if (event.pledgeId !== this.pledgeId) {
      this.pledgeId = event.pledgeId;
      this.expectedSeq = 1;
      this.expectedPrev = GENESIS_HASH;
      this.currentBroken = false;
      this.pledges += 1;
    }
    this.events += 1;
    const { hash, ...content } = event;
    const whole = event.seq === this.expectedSeq && event.prevHash === this.expectedPrev && hashEvent(content) === hash;
    if (!whole && !this.currentBroken) {
      this.currentBroken = true;
      this.broken.push({ pledgeId: event.pledgeId, firstBrokenSeq: event.seq });
    }
    this.expectedSeq += 1;
    this.expectedPrev = hash;
  }
}

type EventRow = StoredEvent;

/** One batch of events after (afterPledge, afterSeq), in chain order. */
function readBatch(after: { pledgeId: string; seq: number } | null, size: number) {
  return after
    ? db.$queryRaw<EventRow[]>`
        SELECT "pledgeId", seq, type::text AS type, payload, "actorId", "createdAt", "prevHash", hash
        FROM "PledgeEvent"
        WHERE ("pledgeId", seq) > (${after.pledgeId}, ${after.seq})
        ORDER BY "pledgeId", seq
        LIMIT ${size}`
    : db.$queryRaw<EventRow[]>`
        SELECT "pledgeId", seq, type::text AS type, payload, "actorId", "createdAt", "prevHash", hash
        FROM "PledgeEvent"
        ORDER BY "pledgeId", seq
        LIMIT ${size}`;
}

/** Pledges whose history is missing altogether: nothing to chain, so nothing proves them. */
function pledgesWithoutEvents() {
  return db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Pledge" p
    WHERE NOT EXISTS (SELECT 1 FROM "PledgeEvent" e WHERE e."pledgeId" = p.id)
    ORDER BY p.id`;
}

async function placesOf(pledgeIds: string[]) {
  if (pledgeIds.length === 0) return new Map<string, BrokenChain["village"]>();
  const rows = await db.pledge.findMany({
    where: { id: { in: pledgeIds } },
    select: { id: true, village: { select: { name: true, slug: true, township: { select: { name: true } }, county: { select: { name: true } } } } },
  });
  return new Map(
    rows.map((row) => [row.id, { name: row.village.name, slug: row.village.slug, township: row.village.township.name, county: row.village.county.name }]),
  );
}

/**
 * Recomputes every pledge chain in the database and names each pledge whose chain is broken
 * (with its village and the first event that fails), plus pledges with no history at all.
 * `onBatch` hears the running totals after each batch.
 */
export async function verifyAllChains(
  options: { batchSize?: number; onBatch?: (progress: { pledges: number; events: number }) => void } = {},
): Promise<VerifyReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 5000;
  const verifier = new ChainVerifier();
  let after: { pledgeId: string; seq: number } | null = null;
  for (;;) {
    const rows: EventRow[] = await readBatch(after, batchSize);
    for (const row of rows) verifier.push(row);
    options.onBatch?.({ pledges: verifier.pledges, events: verifier.events });
    if (rows.length < batchSize) break;
    const last: EventRow = rows[rows.length - 1]!;
    after = { pledgeId: last.pledgeId, seq: last.seq };
  }
  const empty = (await pledgesWithoutEvents()).map(({ id }) => ({ pledgeId: id, firstBrokenSeq: null }));
  const brokenIds: { pledgeId: string; firstBrokenSeq: number | null }[] = [...verifier.broken, ...empty];
  const places = await placesOf(brokenIds.map((chain) => chain.pledgeId));
  const broken = brokenIds
    .map((chain) => ({ ...chain, village: places.get(chain.pledgeId) ?? null }))
    .sort((a, b) => (a.village?.county ?? "").localeCompare(b.village?.county ?? "", "zh-CN") ||
      (a.village?.township ?? "").localeCompare(b.village?.township ?? "", "zh-CN") ||
      (a.village?.name ?? "").localeCompare(b.village?.name ?? "", "zh-CN") ||
      (a.pledgeId < b.pledgeId ? -1 : 1));
  return { pledges: verifier.pledges + empty.length, events: verifier.events, broken, elapsedMs: performance.now() - started };
}
