import type { Actor } from "@/lib/auth/actor";

/** Organisers pick out and summarise good practice (总结推广典型经验) within their reach. */
export function canMarkGoodPractice(actor: Actor): boolean {
  return actor.role === "PREFECTURE_ORGANISER" || actor.role === "COUNTY_ORGANISER";
}
