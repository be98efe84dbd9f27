// Making the factories reproducible, and the unique keys they draw.
import { keyRng, uniqueSuffix } from "./internal/streams";

export { factoryRng, seedFactories } from "./internal/streams";

/** A public board handle: `v-` and 8 base36 characters. */
export function uniqueSlug(): string {
  return `v-${uniqueSuffix(8)}`;
}

/** A mainland mobile number: `1` and 10 digits, never in the demo accounts' 1390000xxxx range. */
export function uniquePhone(): string {
  for (;;) {
    const phone = `1${keyRng().pick(["3", "5", "7", "8", "9"])}${keyRng().chars("0123456789", 9)}`;
    if (!phone.startsWith("1390000")) return phone;
  }
}

export function randomHex(length: number): string {
  return keyRng().chars("0123456789abcdef", length);
}
