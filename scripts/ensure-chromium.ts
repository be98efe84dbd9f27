// Browser tests run in Debian's Chromium (a test tool's own browser download cannot work on
// machines without general internet access), with a Chinese font so that printed pages (read back
// from PDF by the print tests) carry their characters. Installs both with apt when missing and possible.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const INSTALL = "apt-get update && apt-get install -y chromium fonts-wqy-microhei";

function hasChineseFont(): boolean {
  const list = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return list.status === 0 && list.stdout.trim().length > 0;
}

function run(command: string) {
  return spawnSync("sh", ["-c", command], { stdio: "inherit" }).status === 0;
}

export function ensureChromium(): void {
  if (existsSync(CHROMIUM) && hasChineseFont()) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("Chromium or a Chinese font is missing: installing Debian's chromium and fonts-wqy-microhei with apt-get…");
    if (run(INSTALL) && existsSync(CHROMIUM) && hasChineseFont()) return;
  }
  console.error(`Browser tests need Chromium at ${CHROMIUM} and a Chinese font. Install them with:\n  sudo sh -c '${INSTALL}'\n(or set CHROMIUM_PATH to an installed Chromium).`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
