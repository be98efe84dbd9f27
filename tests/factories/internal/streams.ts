// The factories' two random streams and their counter. Content (names, texts) is reproducible;
// unique keys (slugs, phones, code hashes) default to a per-process stream, so test files that
// share one database never collide. The index re-exports only seedFactories and factoryRng
// (through seeding.ts).
import { deriveSeed, Rng } from "../random";

const DEFAULT_CONTENT_SEED = 20260301;
const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

let contentRng = new Rng(DEFAULT_CONTENT_SEED);
let keyStream = new Rng((process.pid * 2654435761 + Date.now()) >>> 0);
let counter = 0;

/** Makes every later factory call reproducible, unique keys included (the demo seed calls it). */
export function seedFactories(seed: number): void {
  contentRng = new Rng(seed);
  keyStream = new Rng(deriveSeed(seed, "keys"));
  counter = 0;
}

/** The generator factories use for defaults; the seed may draw from it too. */
export function factoryRng(): Rng {
  return contentRng;
}

/** The generator of unique keys. */
export function keyRng(): Rng {
  return keyStream;
}

/** 1, 2, 3…: tells apart places drawn from the same stem. */
export function nextNumber(): number {
  counter += 1;
  return counter;
}

/** `length` base36 characters from the key stream. */
export function uniqueSuffix(length: number): string {
  return keyStream.chars(BASE36, length);
}
