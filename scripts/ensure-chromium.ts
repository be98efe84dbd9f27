// Browser tests run in Debian's Chromium (a test tool's own browser download cannot work on
// machines without general internet access). Installs it with apt when missing and possible.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const INSTALL = "apt-get update && apt-get install -y chromium";

function run(command: string) {
  return spawnSync("sh", ["-c", command], { stdio: "inherit" }).status === 0;
}

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("Chromium is missing: installing Debian's chromium with apt-get…");
    if (run(INSTALL) && existsSync(CHROMIUM)) return;
  }
  console.error(`Browser tests need Chromium at ${CHROMIUM}. Install it with:\n  sudo sh -c '${INSTALL}'\n(or set CHROMIUM_PATH to an installed Chromium).`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
