// Date helpers for the UI. Pure (no I/O, no clock reads): callers pass "today" explicitly, which
// keeps server and client renders identical and makes the functions trivially testable.

import { appTimeZone } from "@/i18n/locales";

type DateInput = Date | string | number;

const msPerDay = 24 * 60 * 60 * 1000;

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a board formats
// every pledge's dates: keep one per locale, zone and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${key}|${locale}|${options.timeZone}`;
  let found = formatters.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(id, found);
  }
  return found;
}

function toDate(value: DateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
  return date;
}

/** "2026年11月25日" / "Nov 25, 2026", as a calendar day in China time. */
export function formatDate(
  value: DateInput,
  locale: string,
  timeZone: string = appTimeZone,
): string {
  return formatter("date", locale, { dateStyle: "medium", timeZone }).format(toDate(value));
}

/** "2026/11/25 14:05" / "Nov 25, 2026, 2:05 PM": for history entries and progress updates. */
export function formatDateTime(
  value: DateInput,
  locale: string,
  timeZone: string = appTimeZone,
): string {
  return formatter("dateTime", locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(toDate(value));
}

/** The calendar day of an instant in the given time zone, as "YYYY-MM-DD" (also an <input type=date> value). */
export function toIsoDay(value: DateInput, timeZone: string = appTimeZone): string {
  // en-CA formats as YYYY-MM-DD; formatToParts keeps us independent of that detail anyway.
  const parts = formatter("isoDay", "en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).formatToParts(toDate(value));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function dayNumber(isoDay: string): number {
  const [year, month, day] = isoDay.split("-").map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / msPerDay;
}

/**
 * Whole calendar days from `today` until `due` in China time: 0 on the due day, negative once
 * overdue. Counting calendar days (not 24-hour spans) matches how a deadline is read on a board.
 */
export function daysLeft(due: DateInput, today: DateInput, timeZone: string = appTimeZone): number {
  return dayNumber(toIsoDay(due, timeZone)) - dayNumber(toIsoDay(today, timeZone));
}

export type DeadlineState =
  { kind: "upcoming"; days: number } | { kind: "dueToday" } | { kind: "overdue"; days: number };

/** Maps daysLeft onto the `common.deadline.*` messages (daysLeft / dueToday / overdue). */
export function deadlineState(
  due: DateInput,
  today: DateInput,
  timeZone: string = appTimeZone,
): DeadlineState {
  const days = daysLeft(due, today, timeZone);
  if (days > 0) return { kind: "upcoming", days };
  if (days === 0) return { kind: "dueToday" };
  return { kind: "overdue", days: -days };
}
