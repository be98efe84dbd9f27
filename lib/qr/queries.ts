import "server-only";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { PUBLIC_STATUSES, boardPath, isPublicId, isPublicSlug, pledgePath } from "@/lib/public/fields";
import { decodeShortCode, encodeShortCode, shortCodePath } from "./short-code";

// Public reads behind QR codes and short codes: no account, and nothing but a board's slug, a
// published pledge's id and their codes ever comes out. A pledge that is not (yet) public has no
// code anyone can use: it resolves to nothing, exactly like a code that was never issued.

export type ShortLink = {
  code: string;
  /** The absolute address the QR code carries (the short-code path on the public base URL). */
  url: string;
};

function shortLink(code: string): ShortLink {
  return { code, url: `${publicBaseUrl()}${shortCodePath(code)}` };
}

/** Where a typed or scanned short code leads (a board or a published pledge), or null. */
export async function resolveShortCode(input: string): Promise<string | null> {
  const decoded = decodeShortCode(input);
  if (!decoded) return null;
  if (decoded.kind === "board") {
    const village = await db.village.findUnique({ where: { codeNumber: decoded.codeNumber }, select: { slug: true } });
    return village ? boardPath(village.slug) : null;
  }
  const pledge = await db.pledge.findFirst({
    where: { codeNumber: decoded.codeNumber, status: { in: [...PUBLIC_STATUSES] } },
    select: { id: true, village: { select: { slug: true } } },
  });
  return pledge ? pledgePath(pledge.village.slug, pledge.id) : null;
}

/** The short link of the board with this slug (and the village's name), or null for no such board. */
export async function getBoardShortLink(slug: string): Promise<(ShortLink & { villageName: string }) | null> {
  if (!isPublicSlug(slug)) return null;
  const village = await db.village.findUnique({ where: { slug }, select: { name: true, codeNumber: true } });
  return village ? { ...shortLink(encodeShortCode("board", village.codeNumber)), villageName: village.name } : null;
}

/** The short link of a published pledge on the board with this slug, or null. */
export async function getPledgeShortLink(slug: string, pledgeId: string): Promise<ShortLink | null> {
  if (!isPublicSlug(slug) || !isPublicId(pledgeId)) return null;
  const pledge = await db.pledge.findFirst({
    where: { id: pledgeId, village: { slug }, status: { in: [...PUBLIC_STATUSES] } },
    select: { codeNumber: true },
  });
  return pledge ? shortLink(encodeShortCode("pledge", pledge.codeNumber)) : null;
}

/** The short codes of the given pledges, where they are published on the board with this slug. */
export async function getPledgeShortCodes(slug: string, pledgeIds: readonly string[]): Promise<Map<string, string>> {
  if (!isPublicSlug(slug) || pledgeIds.length === 0) return new Map();
  const rows = await db.pledge.findMany({
    where: { id: { in: pledgeIds.filter(isPublicId) }, village: { slug }, status: { in: [...PUBLIC_STATUSES] } },
    select: { id: true, codeNumber: true },
  });
  return new Map(rows.map((row) => [row.id, encodeShortCode("pledge", row.codeNumber)]));
}
