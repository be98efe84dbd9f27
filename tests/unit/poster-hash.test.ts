import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boardHeadHash, type ChainHead } from "@/lib/history/board-head";

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const heads = fc.uniqueArray(fc.record({ pledgeId: fc.stringMatching(/^c[a-z0-9]{24}$/), hash: hex64 }), {
  minLength: 1,
  maxLength: 40,
  selector: (head) => head.pledgeId,
});

const BOARD: ChainHead[] = [
  { pledgeId: "cpledge0000000000000000002", hash: "b".repeat(64) },
  { pledgeId: "cpledge0000000000000000001", hash: "a".repeat(64) },
];

describe("the board head printed on posters", () => {
  it("is the first 8 hex digits of SHA-256 over the sorted 'pledgeId:head' lines (the published definition)", () => {
    const expected = createHash("sha256")
      .update(`cpledge0000000000000000001:${"a".repeat(64)}\ncpledge0000000000000000002:${"b".repeat(64)}`)
      .digest("hex")
      .slice(0, 8);
    expect(boardHeadHash(BOARD)).toBe(expected);
    // Pinned: a paper printed today must still compare equal after any refactoring.
    expect(boardHeadHash(BOARD)).toBe("30bac4cd");
  });

  it("does not depend on the order the pledges are listed in", () => {
    fc.assert(
      fc.property(heads, fc.nat(), (list, seed) => {
        const shuffled = [...list].sort((a, b) => ((a.hash.charCodeAt(seed % 64) ^ seed) - (b.hash.charCodeAt(seed % 64) ^ seed)));
        expect(boardHeadHash(shuffled)).toBe(boardHeadHash(list));
        expect(boardHeadHash(list)).toMatch(/^[0-9a-f]{8}$/);
      }),
    );
  });

  it("changes when any pledge's history grows, or a pledge joins or leaves the board", () => {
    fc.assert(
      fc.property(heads, fc.nat(), hex64, (list, pick, newHead) => {
        const at = pick % list.length;
        fc.pre(newHead !== list[at]!.hash);
        const before = boardHeadHash(list);
        const grown = list.map((head, i) => (i === at ? { ...head, hash: newHead } : head));
        expect(boardHeadHash(grown)).not.toBe(before);
        if (list.length > 1) expect(boardHeadHash(list.filter((_, i) => i !== at))).not.toBe(before);
        expect(boardHeadHash([...list, { pledgeId: "cnewpledge000000000000000", hash: newHead }])).not.toBe(before);
      }),
    );
  });

  it("is absent for a board with no published pledge", () => {
    expect(boardHeadHash([])).toBeNull();
  });
});
