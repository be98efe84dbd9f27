import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";

/** For a page's reads: NOT_FOUND (outside reach, or no such row) is the 404 page. */
export function notFoundIfMissing(error: unknown): never {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
}

/** The village a page is about: the secretary's own; anyone else names one in ?village= (checked for reach by the query). */
export function villageParam(actor: Actor, param: string | string[] | undefined): string {
  if (actor.villageId) return actor.villageId;
  const id = Array.isArray(param) ? param[0] : param;
  if (!id) notFound();
  return id;
}
