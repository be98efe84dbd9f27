import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import type zhMessages from "../messages/zh-CN.json";
import type enMessages from "../messages/en.json";
import { appTimeZone, defaultLocale, isLocale, localeCookieName, type AppLocale } from "./locales";

// Typing every loader as returning both shapes makes `tsc` fail when a key exists in one
// catalogue but not the other, so a missing translation is a build error, not a blank label.
type BothCatalogues = typeof zhMessages & typeof enMessages;

const loaders = {
  "zh-CN": () => import("../messages/zh-CN.json"),
  en: () => import("../messages/en.json"),
} satisfies Record<AppLocale, () => Promise<{ default: BothCatalogues }>>;

export default getRequestConfig(async () => {
  // No locale routing: a cookie set by the locale switcher decides, Chinese otherwise.
  const requested = (await cookies()).get(localeCookieName)?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;

  return {
    locale,
    messages: (await loaders[locale]()).default,
    timeZone: appTimeZone,
  };
});
