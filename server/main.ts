// The production server `npm start` runs (scripts/run-app.ts): Next's own request handler, with
// the front cache of the public boards before it (server/front.ts). Expects DATABASE_URL,
// NEXTAUTH_SECRET and PORT from run-app.ts, like `next start` did.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { FRONT_FILL_TOKEN_ENV } from "../lib/public/front-cache-link";
import { withFrontCache } from "./front";

const ROOT = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
/** The front cache's budget: about 1,500 boards and pledge pages, gzipped. */
const frontCacheBytes = Number(process.env.FRONT_CACHE_MB || 32) * 1024 * 1024;

process.title = "next-server (pledgeboard)";
const fillToken = randomBytes(24).toString("base64url");
process.env[FRONT_FILL_TOKEN_ENV] = fillToken;

const app = next({ dev: false, dir: ROOT, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
const front = withFrontCache((req, res) => handle(req, res), {
  origin: `http://127.0.0.1:${port}`,
  fillToken,
  maxBytes: frontCacheBytes,
  turnBudgetMs: Number(process.env.FRONT_TURN_BUDGET_MS || 2),
  busyPerSecond: Number(process.env.FRONT_BUSY_HITS_PER_SECOND || 600),
});

const server = createServer((req, res) => {
  front(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, () => console.log(`▲ Pledgeboard ready on http://localhost:${port}`));

const stop = () => {
  server.close();
  void app.close().finally(() => process.exit(0));
  // Open keep-alive connections would hold close() up; a stop must not hang.
  setTimeout(() => process.exit(0), 3000).unref();
  server.closeAllConnections();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
