// @prisma/migrate ships no type declarations; scripts/lib/migrate-engine.ts is its only user.
declare module "@prisma/migrate" {
  const prismaMigrate: {
    Migrate: new (options: never) => {
      applyMigrations(): Promise<{ appliedMigrationNames: string[] }>;
      reset(): Promise<void>;
      stop(): Promise<void>;
    };
    SchemaEngineWasm: new (options: never) => unknown;
  };
  export default prismaMigrate;
}
