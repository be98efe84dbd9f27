// Moments and dates drawn for the demo's rows.
import { day, type Rng } from "@/tests/factories";
import { HOUR } from "./settings";

/** A moment on a working day between two dates, 09:00–19:00 Beijing time. */
export function workMoment(rng: Rng, from: Date, to: Date): Date {
  const date = rng.between(from, to);
  const midnightBeijing = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - 8 * HOUR;
  return new Date(midnightBeijing + rng.int(9 * 60, 19 * 60) * 60_000);
}

/** A calendar date between two yyyy-mm-dd dates. */
export function dateBetween(rng: Rng, from: string, to: string): Date {
  const d = rng.between(day(from), day(to));
  return day(d.toISOString().slice(0, 10));
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}
export function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
