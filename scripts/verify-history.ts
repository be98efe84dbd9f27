// `npm run verify-history`: recomputes every pledge's hash chain (lib/history/verify.ts) in the
// database that `npm start` uses (DATABASE_URL, or the embedded one under .data/postgres) and
// names each pledge whose history was altered behind the app's back. Exit 0 when every chain is
// whole, 1 when any is broken, 2 when the check could not run.
import "dotenv/config";
import { DatabaseUnreachableError, openDatabase } from "./lib/database";

const number = new Intl.NumberFormat("en");

async function main(): Promise<number> {
  const database = await openDatabase(() => {});
  process.env.DATABASE_URL = database.url;
  // Imported only now: lib/env.ts reads DATABASE_URL once, on first use.
  const { db } = await import("@/lib/db");
  const { verifyAllChains } = await import("@/lib/history/verify");
  try {
    const report = await verifyAllChains();
    const seconds = (report.elapsedMs / 1000).toFixed(1);
    for (const chain of report.broken) {
      const place = chain.village ? `${chain.village.county} · ${chain.village.township} · ${chain.village.name} (/v/${chain.village.slug})` : "(unknown village)";
      const where = chain.firstBrokenSeq === null ? "no history at all" : `first broken event #${chain.firstBrokenSeq}`;
      console.log(`BROKEN  ${place}  pledge ${chain.pledgeId}  ${where}`);
    }
    const checked = `${number.format(report.pledges)} pledge chains, ${number.format(report.events)} events, ${seconds} s`;
    if (report.broken.length) {
      console.log(`History BROKEN: ${number.format(report.broken.length)} of ${checked}.`);
      return 1;
    }
    console.log(`History intact: ${checked}.`);
    return 0;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DatabaseUnreachableError) console.error(error.message);
    else console.error(`verify-history could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
