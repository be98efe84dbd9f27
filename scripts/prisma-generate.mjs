// Runs `prisma generate` after install. The Prisma CLI refuses to start unless its native
// schema-engine binary exists, although generation never uses it; on machines where that
// binary could not be downloaded we point the check at an existing file.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const enginesDir = require.resolve("@prisma/engines/package.json").replace(/package\.json$/, "");
  const hasNativeEngine = ["schema-engine-debian-openssl-3.0.x", "schema-engine-linux-musl-openssl-3.0.x"]
    .some((name) => existsSync(enginesDir + name));
  if (!hasNativeEngine) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
