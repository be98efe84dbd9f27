import { env } from "@/lib/env";

// The link between the app (running inside Next) and the front cache of the production server
// (server/front-cache.ts), which serves the public boards' cached answers without entering
// Next. Both run in one process but are loaded separately (Next's bundle and the server's own
// modules), so they meet through a process-wide symbol rather than a shared module.

type FrontCacheListener = {
  boardChanged(slug: string): void;
  allBoardsChanged(): void;
};

const LISTENER = Symbol.for("pledgeboard.front-cache");
type WithListener = typeof globalThis & { [LISTENER]?: FrontCacheListener };

/** Called once by the production server; without it (development, tests) the notices below do nothing. */
export function listenForBoardChanges(listener: FrontCacheListener): void {
  (globalThis as WithListener)[LISTENER] = listener;
}

export function notifyBoardChanged(slug: string): void {
  (globalThis as WithListener)[LISTENER]?.boardChanged(slug);
}

export function notifyAllBoardsChanged(): void {
  (globalThis as WithListener)[LISTENER]?.allBoardsChanged();
}

/**
 * The front cache fetches what it stores from Next over loopback, once for many visitors, so the
 * open-data limit (proxy.ts) must not count those fetches against the server's own address. They
 * carry a token only this process knows.
 */
export const FRONT_FILL_HEADER = "x-pledgeboard-front-fill";
export const FRONT_FILL_TOKEN_ENV = "PLEDGEBOARD_FRONT_FILL_TOKEN" satisfies keyof ReturnType<typeof env>;

export function isFrontFill(headers: Headers): boolean {
  const token = env().PLEDGEBOARD_FRONT_FILL_TOKEN;
  return Boolean(token) && headers.get(FRONT_FILL_HEADER) === token;
}
