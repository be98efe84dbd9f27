import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCharacter, CODE_ALPHABET, CODE_ENTROPY_BITS, CODE_LENGTH, CODE_RANDOM_LENGTH, codeShape, formatCode, hashCode, newCode, newCodes,
  normaliseCode, sourceTag,
} from "@/lib/evaluation/codes";

const body = fc.array(fc.constantFrom(...CODE_ALPHABET), { minLength: CODE_RANDOM_LENGTH, maxLength: CODE_RANDOM_LENGTH }).map((chars) => chars.join(""));
const code = body.map((b) => b + checkCharacter(b));

describe("the code alphabet", () => {
  it("leaves out every character a villager could misread or mistype", () => {
    for (const lookalike of ["0", "O", "Q", "1", "I", "L", "S", "U"]) expect(CODE_ALPHABET).not.toContain(lookalike);
  });

  it("has no character twice and only upper-case letters and digits", () => {
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
    expect(CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });

  it("gives at least 40 bits of randomness per code", () => {
    expect(CODE_ENTROPY_BITS).toBeGreaterThanOrEqual(40);
    expect(CODE_ALPHABET.length ** CODE_RANDOM_LENGTH).toBeGreaterThan(2 ** 40);
  });
});

describe("a fresh code", () => {
  it("is ten characters of the alphabet whose last one checks the rest", () => {
    for (let i = 0; i < 200; i++) {
      const fresh = newCode();
      expect(fresh).toHaveLength(CODE_LENGTH);
      expect(codeShape(fresh)).toBe("OK");
    }
  });

  it("comes in batches without repeats, and spreads over the whole alphabet", () => {
    const codes = newCodes(2000);
    expect(new Set(codes).size).toBe(2000);
    const seen = new Set(codes.join(""));
    expect([...CODE_ALPHABET].filter((char) => !seen.has(char))).toEqual([]);
  });

  it("prints as two groups of five", () => {
    expect(formatCode("7KX4M2RWPA")).toBe("7KX4M-2RWPA");
  });
});

describe("what a villager types", () => {
  it("is the same code with spaces, dashes, lower case or a Chinese keyboard's full-width letters", () => {
    const canonical = "7KX4M2RWPA";
    for (const typed of ["7kx4m-2rwpa", " 7KX4M 2RWPA ", "7kx4m–2rwpa", "7KX4M_2RWPA", "７ＫＸ４Ｍ－２ＲＷＰＡ", "7KX-4M2-RWPA"]) {
      expect(normaliseCode(typed)).toBe(canonical);
    }
  });

  it("says why a typed code cannot be one", () => {
    expect(codeShape(normaliseCode(""))).toBe("EMPTY");
    expect(codeShape(normaliseCode("7KX4M"))).toBe("WRONG_LENGTH");
    expect(codeShape(normaliseCode("7KX4M-2RWP0"))).toBe("BAD_CHARACTER");
    expect(codeShape(normaliseCode("<script>"))).toBe("BAD_CHARACTER");
  });

  it("is caught when one character is mistyped, whichever and however", () => {
    fc.assert(
      fc.property(code, fc.nat(CODE_LENGTH - 1), fc.constantFrom(...CODE_ALPHABET), (valid, at, replacement) => {
        fc.pre(valid[at] !== replacement);
        const typo = valid.slice(0, at) + replacement + valid.slice(at + 1);
        expect(codeShape(typo)).toBe("CHECK_FAILED");
      }),
      { numRuns: 2000 },
    );
  });

  it("is caught when two neighbours are swapped, nearly always", () => {
    let caught = 0;
    let swaps = 0;
    fc.assert(
      fc.property(code, fc.nat(CODE_LENGTH - 2), (valid, at) => {
        if (valid[at] === valid[at + 1]) return;
        swaps += 1;
        const swapped = valid.slice(0, at) + valid[at + 1] + valid[at] + valid.slice(at + 2);
        if (codeShape(swapped) === "CHECK_FAILED") caught += 1;
      }),
      { numRuns: 3000 },
    );
    expect(caught / swaps).toBeGreaterThan(0.95);
  });
});

describe("the stored form", () => {
  it("is a keyed hash: the same code hashes the same with one key and differently with another", () => {
    expect(hashCode("7KX4M2RWPA", "key-one-0123456789")).toBe(hashCode("7KX4M2RWPA", "key-one-0123456789"));
    expect(hashCode("7KX4M2RWPA", "key-one-0123456789")).not.toBe(hashCode("7KX4M2RWPA", "key-two-0123456789"));
    expect(hashCode("7KX4M2RWPA", "key-one-0123456789")).not.toContain("7KX4M2RWPA");
    expect(hashCode("7KX4M2RWPA", "k")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("tags a ballot's address per round, so an address cannot be followed from one round to the next", () => {
    const secret = "key-one-0123456789";
    expect(sourceTag("round-a", "203.0.113.7", secret)).toBe(sourceTag("round-a", "203.0.113.7", secret));
    expect(sourceTag("round-a", "203.0.113.7", secret)).not.toBe(sourceTag("round-b", "203.0.113.7", secret));
    expect(sourceTag("round-a", "203.0.113.7", secret)).not.toContain("203");
  });
});
