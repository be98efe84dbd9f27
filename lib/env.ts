import { z } from "zod";

// The one reader of process.env. Read lazily: `next build` runs without a database.
const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  /** Connections the app's Prisma client keeps open to PostgreSQL, per app process. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** Keyed hashing of addresses and ballot codes; falls back to NEXTAUTH_SECRET. */
  HASH_SECRET: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Where progress photos are stored (resized and stripped), relative to the working directory. */
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  PORT: z.string().optional(),
  /** The app's public address (next-auth reads it too). */
  NEXTAUTH_URL: z.preprocess(emptyAsUnset, z.string().url().optional()),
  /** The address printed in QR codes and on paper, when it differs from NEXTAUTH_URL. */
  PUBLIC_BASE_URL: z.preprocess(emptyAsUnset, z.string().url().optional()),
  /** Set by the production server for its front cache's own fetches (lib/public/front-cache-link.ts). */
  PLEDGEBOARD_FRONT_FILL_TOKEN: z.string().min(16).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= EnvSchema.parse(process.env);
  return cached;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return url;
}

export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the app with `npm start`, which provides one.");
  return secret;
}

/** The absolute address villagers reach the app at, without a trailing slash: QR codes and paper carry it. */
export function publicBaseUrl(): string {
  const { PUBLIC_BASE_URL, NEXTAUTH_URL, PORT } = env();
  return (PUBLIC_BASE_URL ?? NEXTAUTH_URL ?? `http://localhost:${PORT || 3000}`).replace(/\/+$/, "");
}
