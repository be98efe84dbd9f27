// Calendar dates and day arithmetic.

export const DAY = 24 * 60 * 60 * 1000;

/** A calendar date (for @db.Date columns): midnight UTC of yyyy-mm-dd. */
export function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY);
}
