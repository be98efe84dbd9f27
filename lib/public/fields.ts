// Small pure pieces shared by the public reads, pages and route handlers (no I/O).

import type { PledgeStatus } from "@/lib/generated/prisma/enums";

/** The statuses a pledge is on its board in: from publication on, a withdrawn one with its reason. */
export const PUBLIC_STATUSES = ["PUBLISHED", "IN_PROGRESS", "DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"] as const satisfies readonly PledgeStatus[];

export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export function isPublicStatus(value: unknown): value is PublicStatus {
  return typeof value === "string" && (PUBLIC_STATUSES as readonly string[]).includes(value);
}

/** Slugs are short lower-case handles; anything else is no board, without asking the database. */
export function isPublicSlug(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9][a-z0-9-]{0,63}$/.test(value);
}

/** Ids are cuids or UUIDs: letters, digits and dashes. */
export function isPublicId(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9-]{1,64}$/.test(value);
}

/** Stored photo keys look like "ab/abcdef….jpg" (lib/pledges/evidence.ts storePhoto). */
export function isStorageKey(value: unknown): value is string {
  return typeof value === "string" && /^[a-f0-9]{2}\/[a-f0-9]{8,64}\.(jpg|webp)$/.test(value);
}

/** Where a stored progress photo is served from. */
export function evidenceUrl(storageKey: string): string {
  return `/evidence/${storageKey}`;
}

export function boardPath(slug: string): string {
  return `/v/${slug}`;
}

export function pledgePath(slug: string, pledgeId: string): string {
  return `/v/${slug}/p/${pledgeId}`;
}
