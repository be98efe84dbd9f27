import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env, requireDatabaseUrl } from "@/lib/env";

// The one Prisma client. Only lib/<domain>/ data files, prisma/ and tests import it.
function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: requireDatabaseUrl(), max: env().DATABASE_POOL_SIZE }),
  });
}

const globalForDb = globalThis as unknown as { pledgeboardDb?: PrismaClient };

function client(): PrismaClient {
  globalForDb.pledgeboardDb ??= createClient();
  return globalForDb.pledgeboardDb;
}

/** Created on first use, so that importing this module never needs a database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(client(), property),
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
