// Pure locale constants, safe to import from server, client and server-action code alike.

export const locales = ["zh-CN", "en"] as const;

export type AppLocale = (typeof locales)[number];

export const defaultLocale: AppLocale = "zh-CN";

/** The cookie name next-intl uses by convention; we set it ourselves (no locale routing). */
export const localeCookieName = "NEXT_LOCALE";

/** Mainland China observes one time zone; deadlines are calendar days there. */
export const appTimeZone = "Asia/Shanghai";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** BCP 47 tag for <html lang>: "zh-Hans" picks Simplified glyphs in fonts and screen readers. */
export function htmlLang(locale: AppLocale): string {
  return locale === "zh-CN" ? "zh-Hans" : "en";
}
