import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countAttempt, forget, refund, type LimitSpec } from "@/lib/limits/rate-limits";
import { decoyPasswordHash, verifyPassword } from "./password";
import { ZSignInInput } from "./schemas";

export const SIGN_IN_LIMITS = {
  perAccount: { name: "sign-in:phone", points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  perAddress: { name: "sign-in:address", points: 20, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
} satisfies Record<string, LimitSpec>;

export type SignedInUser = { id: string; sessionVersion: number };

/**
 * Checks a phone and password. Every failure says the same thing, whether or not the phone
 * exists; repeated failures are throttled per account and per address.
 */
export async function authenticate(raw: unknown, address: string): Promise<SignedInUser> {
  const parsed = ZSignInInput.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID", "INVALID_CREDENTIALS");
  const { phone, password } = parsed.data;

  // Count the attempt before checking it, so parallel guesses cannot all slip in under the limit.
  const blocked = Math.max(
    await countAttempt(SIGN_IN_LIMITS.perAccount, phone),
    await countAttempt(SIGN_IN_LIMITS.perAddress, address),
  );
  if (blocked > 0) throw new AppError("RATE_LIMITED", "RATE_LIMITED");

  const user = await db.user.findUnique({
    where: { phone },
    select: { id: true, passwordHash: true, isActive: true, sessionVersion: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (user && matches && !user.isActive) throw new AppError("FORBIDDEN", "ACCOUNT_DISABLED");
  if (!user || !matches) throw new AppError("INVALID", "INVALID_CREDENTIALS");

  // Only failures should count: a right password clears the phone and gives the address its point back.
  await Promise.all([forget(SIGN_IN_LIMITS.perAccount, phone), refund(SIGN_IN_LIMITS.perAddress, address)]);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, sessionVersion: user.sessionVersion };
}
