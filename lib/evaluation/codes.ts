import { createHmac, randomInt } from "node:crypto";

// One-time ballot codes (评议码). A code is 9 random characters and a check character, printed
// as two groups of five ("7KX4M-2RWPA"). The alphabet leaves out what a villager could misread or
// mistype on a phone: 0/O/Q, 1/I/L, 5/S and U/V. 28^9 ≈ 2^43.3 random codes, and each address is
// throttled on the ballot page, so guessing one is hopeless. The check character (Luhn mod 28)
// catches any one mistyped character and nearly every swap of neighbours without asking the
// database (and without costing a throttled attempt), so the
// villager is told "check the code" rather than "unknown code".
//
// Only a keyed hash of a code is stored (HMAC-SHA-256 with HASH_SECRET): a copy of the database
// gives no code that votes, and codes cannot be brute-forced offline without the key.

export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPRTVWXYZ";
export const CODE_RANDOM_LENGTH = 9;
export const CODE_LENGTH = CODE_RANDOM_LENGTH + 1;
const GROUP = 5;

/** Bits of randomness in one code. */
export const CODE_ENTROPY_BITS = CODE_RANDOM_LENGTH * Math.log2(CODE_ALPHABET.length);

const N = CODE_ALPHABET.length;
const VALUE = new Map([...CODE_ALPHABET].map((char, i) => [char, i]));

/** Luhn mod N over the alphabet: detects every single-character error and nearly every adjacent swap. */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const value = VALUE.get(body[i]!);
    if (value === undefined) throw new RangeError(`"${body[i]}" is not in the code alphabet`);
    let addend = factor * value;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return CODE_ALPHABET[(N - (sum % N)) % N]!;
}

/** A fresh code, normalised (no dash): cryptographically random, with its check character. */
export function newCode(): string {
  let body = "";
  for (let i = 0; i < CODE_RANDOM_LENGTH; i++) body += CODE_ALPHABET[randomInt(N)];
  return body + checkCharacter(body);
}

/** `count` distinct fresh codes. */
export function newCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newCode());
  return [...codes];
}

/**
 * What a villager typed, as the code it stands for: full-width characters made half-width (a
 * Chinese keyboard), lower case raised, and spaces, dashes, dots and underscores dropped.
 */
export function normaliseCode(typed: string): string {
  return typed
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212_.·•。]/g, "");
}

export type CodeShape = "OK" | "EMPTY" | "WRONG_LENGTH" | "BAD_CHARACTER" | "CHECK_FAILED";

/** Whether a normalised code could be a code at all, and if not, why (for a helpful message). */
export function codeShape(code: string): CodeShape {
  if (code.length === 0) return "EMPTY";
  if ([...code].some((char) => !VALUE.has(char))) return "BAD_CHARACTER";
  if (code.length !== CODE_LENGTH) return "WRONG_LENGTH";
  return checkCharacter(code.slice(0, CODE_RANDOM_LENGTH)) === code[CODE_RANDOM_LENGTH] ? "OK" : "CHECK_FAILED";
}

/** "7KX4M2RWPA" → "7KX4M-2RWPA", as printed on a slip. */
export function formatCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += GROUP) groups.push(code.slice(i, i + GROUP));
  return groups.join("-");
}

/** The stored form of a normalised code: a keyed hash, hex. */
export function hashCode(code: string, secret: string): string {
  return createHmac("sha256", secret).update(`ballot-code:${code}`).digest("hex");
}

/**
 * A ballot's source tag: a keyed hash of the client address, salted with the round, so that a
 * burst from one address can be flagged while the address itself is not kept and the same
 * address cannot be followed from one round to the next.
 */
export function sourceTag(roundId: string, address: string, secret: string): string {
  return createHmac("sha256", secret).update(`ballot-source:${roundId}:${address}`).digest("hex").slice(0, 24);
}
