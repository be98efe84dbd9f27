// The front of the production server: the public boards, pledge pages, print sheets and open data
// are the most-read addresses, identical for every visitor, and already cached by Next. Serving
// each of those hits through Next's whole request pipeline costs milliseconds of the one
// JavaScript thread; under a crowd of readers that starves every request that needs the
// database (ballots, drafts). So their answers are kept here, as a shared cache would keep them
// (for the s-maxage they carry), fetched from Next once per change, and sent in a fraction of
// the time. The app's change notices (lib/public/invalidate.ts) drop a board's answers at once,
// so a publish is on the board with the next request, as before. See docs/decisions/005.
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gunzipSync, gzip } from "node:zlib";
import { isCachedPublicPage, servedOverHttps } from "../lib/http/security-headers";
import { isOpenDataPath, openDataWait, tooManyOpenDataRequests } from "../lib/limits/open-data";
import { FRONT_FILL_HEADER, listenForBoardChanges } from "../lib/public/front-cache-link";
import { etagMatches, strongEtag } from "../lib/public/http";
import { clientAddress } from "../lib/request-address";
import { FrontCache, sharedFreshness, type FrontEntry } from "./front-cache";
import { FairGate } from "./fair-gate";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export type FrontOptions = {
  origin: string;
  fillToken: string;
  maxBytes: number;
  /** Milliseconds of cache hits per batch, and their share of the thread while Next is busy (server/fair-gate.ts). */
  turnBudgetMs: number;
  busyPerSecond: number;
};

const gzipAsync = promisify(gzip);
const MAX_REFRESHES = 2;
/** Headers Node or this front sets itself on every answer, and cookies (never shared between visitors). */
const NOT_KEPT = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "set-cookie", "etag", "x-nextjs-cache"]);
/** Requests for React's own payload (client navigation, prefetch) or for an action: Next's to answer. */
const NEXT_ONLY_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", FRONT_FILL_HEADER];

/** Whether the front may answer this request from its cache: a plain GET or HEAD of a public board address. */
export function frontCacheable(method: string | undefined, url: string | undefined, headers: IncomingMessage["headers"]): boolean {
  if ((method !== "GET" && method !== "HEAD") || !url || url.includes("?") || url.includes("%00")) return false;
  if (NEXT_ONLY_HEADERS.some((name) => headers[name] !== undefined)) return false;
  return isCachedPublicPage(url) || isOpenDataPath(url);
}

/** `next` with the front cache before it; also registers the cache for the app's change notices. */
export function withFrontCache(next: Handler, options: FrontOptions) {
  const cache = new FrontCache(options.maxBytes);
  // Requests handed to Next (pages drawn per request, actions): while any is in progress, the
  // gate holds the hits to their share of the thread.
  let withNext = 0;
  const toNext = (req: IncomingMessage, res: ServerResponse) => {
    withNext += 1;
    res.once("close", () => (withNext -= 1));
    return next(req, res);
  };
  const gate = new FairGate({ budgetMs: options.turnBudgetMs, busyPerSecond: options.busyPerSecond, busy: () => withNext > 0 });
  listenForBoardChanges(cache);
  const fills = new Map<string, Promise<FrontEntry | null>>();

  /** Fetches the answer from Next (once for everyone asking meanwhile); null when it is not one to keep. */
  const fill = (key: string, pathname: string, https: boolean) => {
    let pending = fills.get(key);
    if (!pending) {
      pending = fetchFromNext(options, cache, key, pathname, https).finally(() => fills.delete(key));
      fills.set(key, pending);
    }
    return pending;
  };

  // Copies go stale together (a board's pages were drawn together), and each refresh is a render
  // holding database connections: a few at a time, in the background; the others wait for a later visitor.
  let refreshing = 0;
  const refresh = (key: string, pathname: string, https: boolean) => {
    if (fills.has(key) || refreshing >= MAX_REFRESHES) return;
    refreshing += 1;
    fill(key, pathname, https)
      .catch(logFailure(pathname))
      .finally(() => (refreshing -= 1));
  };

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    if (!frontCacheable(req.method, req.url, req.headers)) return toNext(req, res);
    const pathname = req.url!;
    try {
      if (isOpenDataPath(pathname)) {
        const wait = await openDataWait(clientAddress(req.headers));
        if (wait > 0) return await sendResponse(res, tooManyOpenDataRequests(wait));
      }
      const https = forwardedHttps(req);
      const key = `${https ? "https" : "http"} ${pathname}`;
      const hit = cache.get(key);
      if (hit) {
        // Past its s-maxage: this visitor gets the copy at once, a fresh one is fetched meanwhile.
        if (hit.stale) refresh(key, pathname, https);
        return gate.run(() => send(req, res, hit.entry));
      }
      const entry = await fill(key, pathname, https);
      if (!entry) return toNext(req, res);
      send(req, res, entry);
    } catch (error) {
      logFailure(pathname)(error);
      if (!res.headersSent) return toNext(req, res);
      res.destroy();
    }
  };
  return handler;
}

const logFailure = (path: string) => (error: unknown) =>
  console.error(JSON.stringify({ level: "warn", message: "front cache failed; answered by Next", path, error: error instanceof Error ? error.message : String(error) }));

/** This server itself speaks plain HTTP: HTTPS only when a reverse proxy says so, as proxy.ts decides. */
const PLAIN_HTTP = new URL("http://localhost");
function forwardedHttps(req: IncomingMessage): boolean {
  const proto = req.headers["x-forwarded-proto"];
  return servedOverHttps(PLAIN_HTTP, (Array.isArray(proto) ? proto[0] : proto) ?? null);
}

async function fetchFromNext(options: FrontOptions, cache: FrontCache, key: string, pathname: string, https: boolean): Promise<FrontEntry | null> {
  const generation = cache.generation(pathname);
  const response = await fetch(`${options.origin}${pathname}`, {
    headers: { [FRONT_FILL_HEADER]: options.fillToken, "x-forwarded-proto": https ? "https" : "http" },
    redirect: "manual",
  });
  const body = Buffer.from(await response.arrayBuffer());
  const freshness = sharedFreshness(response.headers.get("cache-control"));
  // A stale answer is being redrawn by Next right now: not one to keep as fresh.
  if (response.status !== 200 || !freshness || response.headers.get("x-nextjs-cache") === "STALE") return null;
  const headers = [...response.headers].filter(([name]) => !NOT_KEPT.has(name));
  const vary = response.headers.get("vary");
  if (!vary || !/accept-encoding/i.test(vary)) headers.push(["vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding"]);
  const entry: FrontEntry = { headers, etag: response.headers.get("etag") ?? strongEtag(body), gzip: await gzipAsync(body), ...lifetime(freshness) };
  cache.set(key, pathname, generation, entry);
  return entry;
}

function lifetime({ maxAge, staleSeconds }: { maxAge: number; staleSeconds: number }) {
  const expiresAt = Date.now() + maxAge * 1000;
  return { expiresAt, staleUntil: expiresAt + staleSeconds * 1000 };
}

function send(req: IncomingMessage, res: ServerResponse, entry: FrontEntry) {
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  res.setHeader("etag", entry.etag);
  res.setHeader("x-front-cache", "hit");
  if (etagMatches(req.headers["if-none-match"] ?? null, entry.etag)) {
    res.statusCode = 304;
    res.removeHeader("content-type");
    res.end();
    return;
  }
  const gzipped = /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzipped ? entry.gzip : gunzipSync(entry.gzip);
  if (gzipped) res.setHeader("content-encoding", "gzip");
  res.setHeader("content-length", body.byteLength);
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
}

async function sendResponse(res: ServerResponse, response: Response) {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.end(Buffer.from(await response.arrayBuffer()));
}
