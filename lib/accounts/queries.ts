import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { userScope } from "@/lib/org/scope";

const PAGE_SIZE = 50;

const ACCOUNT_FIELDS = {
  id: true, name: true, phone: true, role: true, isActive: true, lastSignInAt: true, version: true,
  countyId: true, county: { select: { name: true } },
  township: { select: { name: true } }, village: { select: { name: true } }, department: { select: { name: true } },
} as const;

/** Accounts placed inside the actor's part of the tree (organisers); others see only their own. */
export async function listAccounts(actor: Actor, filter: { page?: number } = {}) {
  const where = userScope(actor);
  const page = Math.max(1, filter.page ?? 1);
  const [total, accounts] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ role: "asc" }, { name: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: ACCOUNT_FIELDS,
    }),
  ]);
  return { accounts, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function getAccount(actor: Actor, id: string) {
  const account = await db.user.findFirst({ where: { AND: [{ id }, userScope(actor)] }, select: ACCOUNT_FIELDS });
  if (!account) throw new AppError("NOT_FOUND");
  return account;
}
