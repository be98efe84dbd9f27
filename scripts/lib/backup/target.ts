import { EMBEDDED_DATA_DIR } from "../database";

/** The database a command works on, in words: "the embedded database (.data/postgres)" or host:port/name. */
export function describeTarget(url: string): string {
  const u = new URL(url);
  const where = `${u.hostname}:${u.port || 5432}/${decodeURIComponent(u.pathname.slice(1))}`;
  return process.env.DATABASE_URL ? `the database at ${where}` : `the embedded database in ${EMBEDDED_DATA_DIR} (${where})`;
}
