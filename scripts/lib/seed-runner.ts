// Seeds a database with the demo (prisma/seed.ts), once: a database that already has a
// prefecture is left alone.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemo } from "@/prisma/seed";

export async function seedDatabase(url: string, options: { force?: boolean } = {}): Promise<string> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const prefectures = await db.prefecture.count();
    if (prefectures > 0) {
      if (options.force) throw new Error("The database is already seeded; use npm run db:reset to start again from a fresh demo.");
      return "The database already has data; seeding skipped (npm run db:reset starts again from a fresh demo).";
    }
    return await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}
