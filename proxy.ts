import { NextResponse, type NextRequest } from "next/server";
import { isCachedPublicPage, securityHeaders, servedOverHttps } from "@/lib/http/security-headers";
import { isOpenDataPath, openDataWait, tooManyOpenDataRequests } from "@/lib/limits/open-data";
import { isFrontFill } from "@/lib/public/front-cache-link";
import { publicPathExists } from "@/lib/public/known-paths";
import { clientAddress } from "@/lib/request-address";

// Server actions refuse bodies over their limit only after reading them, and answer with a bare
// 500. Refuse oversized posts up front instead, with a 413 and a message a person can act on.
// Forms carry text: 1 MB. Pages with photo uploads (progress evidence, tally sheets) may carry
// several photos; each photo is then checked against its own 8 MB cap by the action, so a single
// 30 MB photo gets a field error next to the typed text rather than this page.
export const MAX_FORM_BYTES = 1024 * 1024;
export const MAX_UPLOAD_FORM_BYTES = 40 * 1024 * 1024;
const UPLOAD_PAGES = [/^\/village\/pledges\/[^/]+\/?$/, /^\/village\/evaluation(\/|$)/];
/** The roster import takes one file of at most 10 MB (lib/ledger/import/layout.ts), plus the form around it. */
export const MAX_IMPORT_FORM_BYTES = 11 * 1024 * 1024;
const IMPORT_PAGE = /^\/org\/import\/?$/;

export function bodyLimitFor(pathname: string): number {
  if (IMPORT_PAGE.test(pathname)) return MAX_IMPORT_FORM_BYTES;
  return UPLOAD_PAGES.some((page) => page.test(pathname)) ? MAX_UPLOAD_FORM_BYTES : MAX_FORM_BYTES;
}

const TOO_LARGE_PAGE = `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>提交的内容太大</title><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.6">
<h1>提交的内容太大</h1><p>一次提交的内容超过了上限（文字 1 MB；带照片的表单 40 MB，每张照片 8 MB；导入的花名册文件 10 MB）。请删减内容或少传几张照片，返回后重新提交。</p>
<p lang="en">The form was too large (text 1 MB; forms with photos 40 MB, 8 MB per photo; roster files to import 10 MB). Go back, shorten it or send fewer photos, and submit again.</p>
<p><a href="javascript:history.back()">返回 / Back</a></p></body></html>`;

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A NUL byte in an address can only be an attack (PostgreSQL refuses it in text): not found,
  // before any page hands it to a query.
  if (/%00/.test(pathname) || pathname.includes("\0")) {
    return new NextResponse("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && length > bodyLimitFor(pathname)) {
    return new NextResponse(TOO_LARGE_PAGE, { status: 413, headers: { "content-type": "text/html; charset=utf-8" } });
  }
  // The front cache (server/front.ts) counts its visitors itself before it fetches from here.
  if (isOpenDataPath(pathname) && !isFrontFill(request.headers)) {
    const wait = await openDataWait(clientAddress(request.headers));
    if (wait > 0) return tooManyOpenDataRequests(wait);
  }

  // Cached public pages carry no nonce (their HTML is drawn once for everyone): only their
  // headers are set, the cheapest path through here for the most-read pages.
  if (isCachedPublicPage(pathname)) {
    const known = await publicPathExists(pathname);
    const response = known ? NextResponse.next() : NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url));
    for (const [name, value] of Object.entries(responseHeaders(request, pathname, ""))) response.headers.set(name, value);
    return response;
  }

  // A fresh nonce per request; Next reads it from the request's CSP header and puts it on its
  // own scripts when it renders the page (pages from the full-route cache use their own policy).
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const headers = responseHeaders(request, pathname, nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // An unknown board or pledge is answered by the not-found page of an address no route matches,
  // which Next renders on the server (lib/public/known-paths.ts says why).
  const unknown = (request.method === "GET" || request.method === "HEAD") && !(await publicPathExists(pathname));
  const response = unknown
    ? NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function responseHeaders(request: NextRequest, pathname: string, nonce: string) {
  const https = servedOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  return securityHeaders({ pathname, nonce, https, development: process.env.NODE_ENV === "development" });
}

/** No route matches this address, so Next answers it with app/not-found.tsx, rendered on the server, status 404. */
const UNMATCHED_PATH = "/_unknown-public-page";

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|manifest.webmanifest).*)"],
};
