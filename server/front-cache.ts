// The store of the front cache: the public boards' answers as Next drew them, gzipped, kept for
// as long as their own Cache-Control lets a shared cache keep them (s-maxage, then served stale
// while a fresh copy is fetched, stale-while-revalidate) and dropped the moment the app says the
// board changed. Bounded in bytes, least recently used first out.
// Pure: no network, no Next; server/front.ts puts it in front of the app.

export type FrontEntry = {
  /** Response headers to send again (hop-by-hop, length and encoding left out). */
  headers: [string, string][];
  etag: string;
  gzip: Buffer;
  /** Fresh until then; afterwards served while a fresh copy is fetched, until staleUntil. */
  expiresAt: number;
  staleUntil: number;
};

/** An old copy is never served for longer than this after it expired, whatever the page allows. */
const MAX_STALE_SECONDS = 3600;

/** The board an address belongs to: `/v/<slug>/…` → slug. */
export function slugOfPath(pathname: string): string | null {
  return /^\/v\/([^/]+)/.exec(pathname)?.[1] ?? null;
}

/** How long a shared cache may keep this answer (s-maxage) and then serve it stale while it refreshes; null when it may not keep it. */
export function sharedFreshness(cacheControl: string | null): { maxAge: number; staleSeconds: number } | null {
  if (!cacheControl || /(?:^|,)\s*(?:private|no-store|no-cache)\s*(?:,|$)/i.test(cacheControl)) return null;
  const maxAge = Number(/(?:^|,)\s*s-maxage=(\d+)/i.exec(cacheControl)?.[1] ?? 0);
  if (!maxAge) return null;
  const stale = Number(/(?:^|,)\s*stale-while-revalidate=(\d+)/i.exec(cacheControl)?.[1] ?? 0);
  return { maxAge, staleSeconds: Math.min(stale, MAX_STALE_SECONDS) };
}

export class FrontCache {
  private entries = new Map<string, FrontEntry & { bytes: number; slug: string | null }>();
  private bytes = 0;
  /** Bumped by every change notice, so a fill that began before the change is not stored after it. */
  private generations = new Map<string, number>();
  private allGeneration = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size() {
    return this.entries.size;
  }

  get usedBytes() {
    return this.bytes;
  }

  /** The entry for this key and whether it is past its freshness (then refresh it); undefined when there is none to serve. */
  get(key: string): { entry: FrontEntry; stale: boolean } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.now();
    if (entry.staleUntil <= now) {
      this.drop(key);
      return undefined;
    }
    // Least recently used goes first: move this one to the end of the insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { entry, stale: entry.expiresAt <= now };
  }

  /** The generation a fill of this address starts from; pass it back to set(). */
  generation(pathname: string): string {
    const slug = slugOfPath(pathname);
    return `${this.allGeneration}:${slug ? (this.generations.get(slug) ?? 0) : 0}`;
  }

  /** Stores an entry, unless its board changed since the fill began (then it may already be old). */
  set(key: string, pathname: string, fromGeneration: string, entry: FrontEntry): boolean {
    if (this.generation(pathname) !== fromGeneration) return false;
    const bytes = entry.gzip.byteLength + entry.headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0) + 200;
    if (bytes > this.maxBytes / 8) return false;
    this.drop(key);
    this.entries.set(key, { ...entry, bytes, slug: slugOfPath(pathname) });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest);
    }
    return true;
  }

  boardChanged(slug: string): void {
    this.generations.set(slug, (this.generations.get(slug) ?? 0) + 1);
    for (const [key, entry] of this.entries) if (entry.slug === slug) this.drop(key);
  }

  allBoardsChanged(): void {
    this.allGeneration += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  private drop(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
