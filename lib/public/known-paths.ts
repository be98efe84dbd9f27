import { sqlPool } from "@/lib/sql-pool";
import { PUBLIC_STATUSES, isPublicId, isPublicSlug } from "./fields";

// Which board and pledge addresses exist, for proxy.ts. A page that calls notFound() is sent by
// Next 16 as an empty error shell whose friendly words arrive only in the script payload (blank
// without JavaScript); an address no route matches gets the server-rendered not-found page. So
// the proxy sends unknown boards and pledges there before their page runs. Known addresses are
// remembered for a minute (a board or a published pledge does not disappear); an unknown one is
// looked up again every time, so a pledge published a moment ago is never refused.

const REMEMBER_MS = 60_000;
let known = new Set<string>();
let knownSince = 0;
function remembered(key: string): boolean {
  if (Date.now() - knownSince > REMEMBER_MS) {
    known = new Set();
    knownSince = Date.now();
  }
  return known.has(key);
}

async function exists(key: string, sql: string, values: unknown[]): Promise<boolean> {
  if (remembered(key)) return true;
  const found = ((await sqlPool().query(sql, values)).rowCount ?? 0) > 0;
  if (found) known.add(key);
  return found;
}

/** Board pages: `/v/<slug>` and everything under it; pledge pages: `/v/<slug>/p/<id>` and under it. */
const BOARD_PAGE = /^\/v\/([^/]+)(?:\/(?:p\/([^/]+))?.*)?$/;

/** Whether the board (and pledge) this address names is one the public can see. Other addresses: true. */
export async function publicPathExists(pathname: string): Promise<boolean> {
  const match = BOARD_PAGE.exec(pathname);
  if (!match) return true;
  const [, slug, pledgeId] = match;
  if (!isPublicSlug(slug)) return false;
  if (!(await exists(`v:${slug}`, `SELECT 1 FROM "Village" WHERE slug = $1`, [slug]))) return false;
  if (pledgeId === undefined) return true;
  if (!isPublicId(pledgeId)) return false;
  return exists(
    `p:${slug}/${pledgeId}`,
    `SELECT 1 FROM "Pledge" p JOIN "Village" v ON v.id = p."villageId" WHERE p.id = $1 AND v.slug = $2 AND p.status::text = ANY($3)`,
    [pledgeId, slug, [...PUBLIC_STATUSES]],
  );
}
