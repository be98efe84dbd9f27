"use server";

import { refresh } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, localeCookieName } from "@/i18n/locales";
import { isFormData } from "@/lib/action-state";

const oneYearInSeconds = 60 * 60 * 24 * 365;

/**
 * Stores the chosen UI language. Works with JavaScript off: the switcher is a plain form that
 * posts here, and we answer with a redirect back to the page it came from (post/redirect/get),
 * so reloading does not re-submit.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  if (!isFormData(formData)) return;
  const requested = formData.get("locale");
  if (!isLocale(requested)) return;

  (await cookies()).set(localeCookieName, requested, {
    path: "/",
    maxAge: oneYearInSeconds,
    sameSite: "lax",
    // Only the server reads it; nothing on the page needs it.
    httpOnly: true,
  });

  const back = await backPath(formData.get("returnTo"));
  if (back) redirect(back);
  refresh();
}

/**
 * Where to send the user back to. The Referer keeps the query string (e.g. ?page=3); the form's
 * `returnTo` path is the fallback when a privacy setting strips the Referer. Only a path is ever
 * used, never a host, so this cannot become an open redirect.
 */
async function backPath(returnTo: FormDataEntryValue | null): Promise<string | null> {
  const referer = (await headers()).get("referer");
  if (referer && URL.canParse(referer)) {
    const url = new URL(referer);
    const path = `${url.pathname}${url.search}`;
    if (isLocalPath(path)) return path;
  }
  return typeof returnTo === "string" && isLocalPath(returnTo) ? returnTo : null;
}

/** "//host" and "/\\host" are protocol-relative URLs to another site, not paths on this one. */
function isLocalPath(value: string): boolean {
  return /^\/(?![/\\])/.test(value);
}
