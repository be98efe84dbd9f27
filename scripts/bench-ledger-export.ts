// The exporting half of npm run bench:ledger, in its own process so that its peak memory is the
// export's alone: streams the prefecture's ledger as XLSX into a file (argv[3]), counting its bytes,
// and prints figures; bench-ledger.ts then counts the rows in the file.
import { createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

const userId = process.argv[2]!;
const outFile = process.argv[3]!;
const { actorFor } = await import("@/tests/db/helpers");
const { openLedgerExport } = await import("@/lib/ledger/export");
const actor = await actorFor(userId);
const started = performance.now();
const file = await openLedgerExport(actor, { format: "xlsx" });
let bytes = 0;
const counter = new Transform({ transform(chunk: Buffer, _encoding, done) { bytes += chunk.length; done(null, chunk); } });
await pipeline(Readable.fromWeb(file.body as import("node:stream/web").ReadableStream), counter, createWriteStream(outFile));
const seconds = (performance.now() - started) / 1000;
// The pledges the export covered (the whole prefecture: every pledge of the database).
const { db } = await import("@/lib/db");
const rows = await db.pledge.count();
console.log(JSON.stringify({ rows, mb: bytes / 1024 / 1024, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
await db.$disconnect();
