import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeShortCode, encodeShortCode, normalizeShortCode, SHORT_CODE_ALPHABET, shortCodePath, type ShortCodeKind } from "@/lib/qr/short-code";

const MAX_INT = 2 ** 31 - 1;
const kinds = fc.constantFrom<ShortCodeKind>("board", "pledge");
const numbers = fc.integer({ min: 1, max: MAX_INT });

describe("short codes", () => {
  it("uses an alphabet a villager cannot misread: no 0/O, 1/I/L, U/V pairs, no lower case, no repeats", () => {
    for (const lookAlike of ["0", "O", "1", "I", "L", "U"]) expect(SHORT_CODE_ALPHABET).not.toContain(lookAlike);
    expect(SHORT_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(SHORT_CODE_ALPHABET.length);
    expect(SHORT_CODE_ALPHABET).toHaveLength(30);
  });

  it("round-trips every board and pledge number, in codes made only of that alphabet", () => {
    fc.assert(
      fc.property(kinds, numbers, (kind, codeNumber) => {
        const code = encodeShortCode(kind, codeNumber);
        expect([...code].every((char) => SHORT_CODE_ALPHABET.includes(char))).toBe(true);
        expect(decodeShortCode(code)).toEqual({ kind, codeNumber });
      }),
    );
  });

  it("is short: 5 characters for the first 27,000 boards or pledges, never more than 9", () => {
    expect(encodeShortCode("board", 1)).toHaveLength(5);
    expect(encodeShortCode("pledge", 26_999)).toHaveLength(5);
    expect(encodeShortCode("pledge", 27_000)).toHaveLength(6);
    expect(encodeShortCode("pledge", MAX_INT)).toHaveLength(9);
    expect(encodeShortCode("board", 1)[0]).toBe("V");
    expect(encodeShortCode("pledge", 1)[0]).toBe("P");
  });

  it("accepts what people type: lower case, spaces and dashes", () => {
    const code = encodeShortCode("pledge", 4711);
    const typed = `${code.slice(0, 3).toLowerCase()} - ${code.slice(3)}`;
    expect(normalizeShortCode(typed)).toBe(code);
    expect(decodeShortCode(typed)).toEqual({ kind: "pledge", codeNumber: 4711 });
  });

  it("refuses any code with one character mistyped (the check character catches it)", () => {
    fc.assert(
      fc.property(kinds, numbers, fc.nat(), fc.nat(), (kind, codeNumber, position, replacement) => {
        const code = encodeShortCode(kind, codeNumber);
        const at = position % code.length;
        const char = SHORT_CODE_ALPHABET[replacement % SHORT_CODE_ALPHABET.length]!;
        fc.pre(char !== code[at]);
        expect(decodeShortCode(code.slice(0, at) + char + code.slice(at + 1))).toBeNull();
      }),
    );
  });

  it("refuses most swapped neighbours, look-alikes, and anything that is not a code", () => {
    let caught = 0;
    let swaps = 0;
    for (let n = 1; n < 3000; n += 7) {
      const code = encodeShortCode("pledge", n);
      for (let i = 1; i < code.length - 1; i++) {
        if (code[i] === code[i + 1]) continue;
        swaps += 1;
        if (decodeShortCode(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)) === null) caught += 1;
      }
    }
    expect(caught / swaps).toBeGreaterThan(0.9);

    const code = encodeShortCode("board", 30);
    for (const bad of ["", "V", "X2222", code.replace(/^V/, "Q"), code.replace(/.$/, "0"), `${code}2`, "VOOOO", "v-😀-1", "P".repeat(500)]) {
      expect(decodeShortCode(bad), bad).toBeNull();
    }
    // A zero-padded spelling of a number is not a second code for it.
    const padded = `V2${code.slice(1, -1)}`;
    for (const check of SHORT_CODE_ALPHABET) expect(decodeShortCode(padded + check)).toBeNull();
  });

  it("refuses numbers that cannot be a row's", () => {
    for (const bad of [0, -1, 1.5, Number.NaN, 30 ** 7]) expect(() => encodeShortCode("board", bad)).toThrow(RangeError);
  });

  it("opens at /b/<code>", () => {
    expect(shortCodePath("V2F7X")).toBe("/b/V2F7X");
  });
});
