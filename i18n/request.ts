import { cookies, headers } from "next/headers";
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

/**
 * Namespaces no page rendered once for everyone uses: the signed-in screens', and those of the
 * public pages that render per request (the landing page's search, ballots, the opinion form).
 * The root layout hands the messages to the client provider, so they travel inside every page's
 * HTML; a shared page (a public board) leaves these out: two thirds of the catalogue.
 */
export const NOT_ON_SHARED_PAGES = [
  "accounts", "auth", "ballot", "evaluation", "home", "landing", "ledger", "members", "opinions", "org", "oversight", "pledges", "review",
  "roles", "support",
] as const;

function forSharedPages<T extends Record<string, unknown>>(messages: T): Partial<T> {
  const omitted = new Set<string>(NOT_ON_SHARED_PAGES);
  return Object.fromEntries(Object.entries(messages).filter(([namespace]) => !omitted.has(namespace))) as Partial<T>;
}

export default getRequestConfig(async ({ requestLocale }) => {
  // No locale routing. A page rendered once for everyone (the public boards, with
  // `dynamic = "force-static"`) fixes its locale with setRequestLocale; there cookies and headers
  // read as empty (not even a Host header), so the whole page, root layout included, is Chinese
  // and the route stays static. Everywhere else the cookie set by the locale switcher decides,
  // Chinese otherwise.
  const [fixed, requestHeaders] = await Promise.all([requestLocale, headers()]);
  const shared = !requestHeaders.has("host");
  const requested = isLocale(fixed) ? fixed : (await cookies()).get(localeCookieName)?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const messages = (await loaders[locale]()).default;

  return {
    locale,
    messages: shared ? forSharedPages(messages) : messages,
    timeZone: appTimeZone,
  };
});
