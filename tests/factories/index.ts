// Factories that insert realistic rows through a Prisma client passed in: shared by the db tests
// and the demo seed (prisma/seed.ts). Each takes (db, overrides) and returns the created row;
// a missing parent is created on the way, so `createPledge(db)` alone gives a whole tree.
// `db` may be the root client or a transaction client: factories that write several rows use
// the caller's transaction when given one, and their own otherwise. Files under internal/ are
// shared by the factories and not exported.
export * from "./dates";
export * from "./db-client";
export * from "./evaluations";
export * from "./names";
export * from "./opinions-problems";
export * from "./org-tree";
export * from "./people";
export * from "./places";
export * from "./pledges";
export * from "./random";
export * from "./seeding";
