import "server-only";
import { env } from "@/lib/env";

/**
 * The key of the keyed hashes of ballot codes and ballot sources: HASH_SECRET, else
 * NEXTAUTH_SECRET. Changing it makes every code printed before unusable (they no longer hash to
 * what was stored), so set HASH_SECRET once and keep it when NEXTAUTH_SECRET is rotated.
 */
export function hashSecret(): string {
  const { HASH_SECRET, NEXTAUTH_SECRET } = env();
  const secret = HASH_SECRET ?? NEXTAUTH_SECRET;
  if (!secret) throw new Error("HASH_SECRET (or NEXTAUTH_SECRET) is not set: start the app with `npm start`, which provides one.");
  return secret;
}
