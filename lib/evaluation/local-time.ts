import { appTimeZone } from "@/i18n/locales";

/** An instant as an <input type="datetime-local"> value in China time: "2026-11-25T09:00". */
export function toLocalInput(instant: Date, timeZone: string = appTimeZone): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone,
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}
