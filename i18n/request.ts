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
 * The namespaces a page rendered once for everyone may use. The root layout hands the messages to
 * the client provider, so they travel inside every page's HTML: a public board carries these
 * (about a fifth of the catalogue), not the staff screens' words.
 */
export const SHARED_RENDER_NAMESPACES = ["common", "nav", "errors", "landing", "problems", "publicBoard", "print", "qr", "goodPractice"] as const;

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
    messages: shared ? Object.fromEntries(SHARED_RENDER_NAMESPACES.map((namespace) => [namespace, messages[namespace]])) : messages,
    timeZone: appTimeZone,
  };
});
