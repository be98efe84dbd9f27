// No "server-only" guard: proxy.ts (open-data throttling) imports this too, outside React's
// server environment. It holds no secret.
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { sqlPool } from "@/lib/sql-pool";

// Counters live in Postgres (table rate_limits, created by a migration), so several app
// instances share them. Each limit is documented in docs/limits.md.

const limiters = new Map<string, RateLimiterPostgres>();

export type LimitSpec = { name: string; points: number; durationSeconds: number; blockSeconds?: number };

function limiter(spec: LimitSpec) {
  let instance = limiters.get(spec.name);
  if (!instance) {
    instance = new RateLimiterPostgres({
      storeClient: sqlPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: spec.name,
      points: spec.points,
      duration: spec.durationSeconds,
      blockDuration: spec.blockSeconds ?? 0,
      clearExpiredByTimeout: false,
    });
    limiters.set(spec.name, instance);
  }
  return instance;
}

/** Counts one attempt against `key`; resolves to seconds blocked (0 while within the limit). */
export async function countAttempt(spec: LimitSpec, key: string): Promise<number> {
  try {
    await limiter(spec).consume(key);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** Gives back one counted attempt (for attempts that turned out to be legitimate). */
export async function refund(spec: LimitSpec, key: string): Promise<void> {
  await limiter(spec).reward(key, 1);
}

export async function forget(spec: LimitSpec, key: string): Promise<void> {
  await limiter(spec).delete(key);
}
