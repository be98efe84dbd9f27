import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";

// One small pool of plain `pg` connections beside Prisma's, for the readers that need it: the
// throttles' counters (rate-limiter-flexible takes a pg pool), proxy.ts's check that a board or
// pledge exists (the proxy runs outside React's server environment), and the ledger export's
// batches (Prisma's raw results stay alive too long for 600,000 rows). No "server-only" guard,
// since proxy.ts imports it; it holds no secret.

let pool: pg.Pool | undefined;

export function sqlPool(): pg.Pool {
  if (!pool) {
    pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 6, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    // An idle connection the server drops must not take the process down; the next query reconnects.
    pool.on("error", () => {});
  }
  return pool;
}
