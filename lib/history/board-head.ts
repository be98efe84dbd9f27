import { createHash } from "node:crypto";
import { shortHash } from "./chain";

// The board head: one short hash over the chain heads of every pledge on a village's public
// board. Any new event on any of them (progress, a status change, an amendment, an evaluation),
// and any pledge added to or taken off the board, changes it. Printed on the poster and shown on
// the board page, it tells a villager whether the paper on the wall is still up to date: if the
// two differ, something happened since the paper was printed. Pure: no I/O.

export type ChainHead = {
  pledgeId: string;
  /** The full hash of the pledge's last event. */
  hash: string;
};

/**
 * SHA-256 over the lines "pledgeId:headHash" of the board's pledges, sorted and joined by "\n",
 * shortened like every printed hash (the first 8 hex digits); null for a board with no pledges.
 * The order the heads come in does not matter.
 */
export function boardHeadHash(heads: readonly ChainHead[]): string | null {
  if (heads.length === 0) return null;
  const lines = heads.map(({ pledgeId, hash }) => `${pledgeId}:${hash}`).sort();
  return shortHash(createHash("sha256").update(lines.join("\n")).digest("hex"));
}
