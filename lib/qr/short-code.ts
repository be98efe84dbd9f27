// Short codes: what a villager types from a poster or a letter to open a board or a pledge
// (`/b/V2F7X`). A code is a kind letter, the row's public number in base 30, and a check
// character, all from an alphabet without look-alikes (no 0/O, 1/I/L, U/V). The check character
// (Luhn mod 30) catches every single mistyped character and most swapped neighbours, so a typo
// does not silently open someone else's pledge. Pure: no I/O.

export const SHORT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

const BASE = SHORT_CODE_ALPHABET.length;
/** Digits at least: codes read alike from the first board on (V + 3 digits + check = 5 characters). */
const MIN_DIGITS = 3;
/** Enough for every positive Postgres integer (30^7 > 2^31). */
const MAX_DIGITS = 7;

export type ShortCodeKind = "board" | "pledge";

const KIND_LETTER: Record<ShortCodeKind, string> = { board: "V", pledge: "P" };
const LETTER_KIND = new Map(Object.entries(KIND_LETTER).map(([kind, letter]) => [letter, kind as ShortCodeKind]));

function valueOf(char: string): number {
  return SHORT_CODE_ALPHABET.indexOf(char);
}

/** The Luhn mod N check character of a code's body. */
function checkCharacter(body: string): string {
  let sum = 0;
  let double = true;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = valueOf(body[i]!) * (double ? 2 : 1);
    addend = Math.floor(addend / BASE) + (addend % BASE);
    sum += addend;
    double = !double;
  }
  return SHORT_CODE_ALPHABET[(BASE - (sum % BASE)) % BASE]!;
}

/** The short code of a board's or a pledge's public number (a positive integer). */
export function encodeShortCode(kind: ShortCodeKind, codeNumber: number): string {
  if (!Number.isSafeInteger(codeNumber) || codeNumber < 1) throw new RangeError(`Not a code number: ${codeNumber}`);
  let digits = "";
  for (let rest = codeNumber; rest > 0; rest = Math.floor(rest / BASE)) digits = SHORT_CODE_ALPHABET[rest % BASE] + digits;
  if (digits.length > MAX_DIGITS) throw new RangeError(`Code number too large: ${codeNumber}`);
  const body = KIND_LETTER[kind] + digits.padStart(MIN_DIGITS, SHORT_CODE_ALPHABET[0]);
  return body + checkCharacter(body);
}

/** As typed: any case, with spaces or dashes between groups. */
export function normalizeShortCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-_.·]/g, "");
}

/** What a typed code names, or null when it is no code (wrong characters, length or check character). */
export function decodeShortCode(input: string): { kind: ShortCodeKind; codeNumber: number } | null {
  const code = normalizeShortCode(input);
  if (code.length < 2 + MIN_DIGITS || code.length > 2 + MAX_DIGITS) return null;
  if ([...code].some((char) => valueOf(char) < 0)) return null;
  const kind = LETTER_KIND.get(code[0]!);
  if (!kind) return null;
  const body = code.slice(0, -1);
  if (checkCharacter(body) !== code.at(-1)) return null;
  let codeNumber = 0;
  for (const char of body.slice(1)) codeNumber = codeNumber * BASE + valueOf(char);
  // One spelling per number: a longer zero-padded variant is not the same code.
  if (codeNumber < 1 || encodeShortCode(kind, codeNumber) !== code) return null;
  return { kind, codeNumber };
}

/** Where a short code is opened. */
export function shortCodePath(code: string): string {
  return `/b/${code}`;
}
