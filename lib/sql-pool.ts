import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";

// One small pool of plain `pg` connections beside Prisma's, for the readers that need it: the
// throttles' counters (rate-limiter-flexible takes a pg pool), proxy.ts's check that a board or
// pledge exists (the proxy runs outside React's server environment), and the ledger export's
// batches (Prisma's raw results stay alive too long for 600,000 rows). No "server-only" guard,
// since proxy.ts imports it; it holds no secret.

// Kept on a process-wide symbol: the production server's front (server/front.ts) loads this module
// apart from Next's bundle, and both should share the one pool (one per database address).
const POOL = Symbol.for("pledgeboard.sql-pool");
type WithPool = typeof globalThis & { [POOL]?: { url: string; pool: pg.Pool } };

export function sqlPool(): pg.Pool {
  const global = globalThis as WithPool;
  const url = requireDatabaseUrl();
  if (global[POOL]?.url !== url) {
    void global[POOL]?.pool.end().catch(() => {});
    const pool = new pg.Pool({ connectionString: url, max: 6, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    // An idle connection the server drops must not take the process down; the next query reconnects.
    pool.on("error", () => {});
    global[POOL] = { url, pool };
  }
  return global[POOL].pool;
}
