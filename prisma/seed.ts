// The demo: 海西州 in the 2026 rectification period, seen on 2026-11-25. Five counties, sixty
// villages, their members, problems, plans and some 1,500 pledges in every state, with whole
// event chains, a few evaluation rounds, and weak links for oversight to find. Built with the
// test factories; reproducible (seeded randomness). Run it with `npm run db:reset` or `db:seed`.
// The stages live in prisma/seed/, the words they draw on in prisma/seed/data/.
import { pathToFileURL } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Rng, seedFactories } from "@/tests/factories";
import { createPlaces, createStaffAccounts, villageContexts } from "./seed/places-and-accounts";
import { DEMO_PASSWORD, SEED } from "./seed/settings";
import { pickGoodPractices, summarise } from "./seed/summary";
import { seedVillages } from "./seed/villages";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seed/settings";

export async function seedDemo(db: PrismaClient): Promise<string> {
  const started = performance.now();
  seedFactories(SEED);
  // One stream for the whole-demo stages, in this order; each village draws from its own.
  const rng = new Rng(SEED);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const places = await createPlaces(db, rng);
  const accounts = await createStaffAccounts(db, rng, places, passwordHash);
  const contexts = villageContexts(rng, places, accounts);
  const totals = await seedVillages(db, contexts);
  await pickGoodPractices(db, contexts, accounts.prefectureOrganiserId);
  return summarise(db, contexts.length, totals, started);
}

// `tsx prisma/seed.ts` (the Prisma CLI's seed command) seeds the database in DATABASE_URL.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set; use `npm run db:seed`, which starts the embedded database when needed.");
    process.exit(1);
  }
  import("../scripts/lib/seed-runner")
    .then(({ seedDatabase }) => seedDatabase(url))
    .then((summary) => console.log(summary))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
