import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { countyScope, departmentScope, townshipScope, villageScope } from "@/lib/org/scope";

/** Every place in reach that a new account could be given, grouped by level for a picker. */
export async function listAssignablePlaces(actor: Actor) {
  const [counties, townships, departments, villages] = await Promise.all([
    db.county.findMany({ where: countyScope(actor), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.township.findMany({ where: townshipScope(actor), orderBy: [{ county: { name: "asc" } }, { name: "asc" }], select: { id: true, name: true, county: { select: { name: true } } } }),
    db.department.findMany({ where: departmentScope(actor), orderBy: [{ county: { name: "asc" } }, { name: "asc" }], select: { id: true, name: true, county: { select: { name: true } } } }),
    db.village.findMany({ where: villageScope(actor), orderBy: [{ township: { name: "asc" } }, { name: "asc" }], select: { id: true, name: true, township: { select: { name: true } } } }),
  ]);
  return { counties, townships, departments, villages };
}
