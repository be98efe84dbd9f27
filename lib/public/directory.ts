import "server-only";
import { db } from "@/lib/db";
import { PUBLIC_STATUSES, isPublicId } from "./fields";
import { MAX_HITS, normaliseQuery } from "./query";

// Finding a board without an account: search villages by name, or walk prefecture → county →
// township → village. Only names, slugs and counts of published pledges come out.

export type VillageHit = {
  slug: string;
  name: string;
  branchName: string;
  township: string;
  county: string;
  /** Published pledges on its board in the current campaign. */
  pledgeCount: number;
};

export type PlaceLink = { id: string; name: string; villageCount: number };

/** "希望村" finds "希望" villages too, and "希望村党支部" its branch: the place words are optional. */
function fallbackQuery(query: string): string | null {
  const stripped = query.replace(/(村党支部|党支部|支部|村委会|村|社|牧委会|嘎查)$/u, "").trim();
  return stripped && stripped !== query ? stripped : null;
}

async function publishedCounts(villageIds: string[]): Promise<Map<string, number>> {
  if (villageIds.length === 0) return new Map();
  const rows = await db.pledge.groupBy({
    by: ["villageId"],
    where: { villageId: { in: villageIds }, campaign: { isCurrent: true }, status: { in: [...PUBLIC_STATUSES] } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.villageId, row._count._all]));
}

const VILLAGE_FIELDS = {
  id: true, slug: true, name: true, branchName: true,
  township: { select: { name: true } },
  county: { select: { name: true } },
} as const;

async function findVillages(query: string) {
  return db.village.findMany({
    where: {
      OR: [
        { name: { contains: query, mode: "insensitive" } },
        { branchName: { contains: query, mode: "insensitive" } },
        { township: { name: { contains: query, mode: "insensitive" } } },
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_HITS + 1,
    select: VILLAGE_FIELDS,
  });
}

/**
 * Villages whose name, branch or township contains the text (Chinese partial matches: "希望"
 * finds 希望村). Villages whose own name matches come first. `truncated` when there were more
 * than MAX_HITS.
 */
export async function searchVillages(raw: unknown): Promise<{ query: string; hits: VillageHit[]; truncated: boolean }> {
  const query = normaliseQuery(raw);
  if (!query) return { query, hits: [], truncated: false };
  let rows = await findVillages(query);
  const fallback = rows.length === 0 ? fallbackQuery(query) : null;
  if (fallback) rows = await findVillages(fallback);
  const needle = (fallback ?? query).toLowerCase();
  rows.sort((a, b) => Number(!a.name.toLowerCase().includes(needle)) - Number(!b.name.toLowerCase().includes(needle)));
  const truncated = rows.length > MAX_HITS;
  const shown = rows.slice(0, MAX_HITS);
  const counts = await publishedCounts(shown.map((row) => row.id));
  return {
    query,
    truncated,
    hits: shown.map((row) => ({
      slug: row.slug,
      name: row.name,
      branchName: row.branchName || row.name,
      township: row.township.name,
      county: row.county.name,
      pledgeCount: counts.get(row.id) ?? 0,
    })),
  };
}

/** Every prefecture with its counties (and how many villages each has). */
export async function listPrefectures(): Promise<{ id: string; name: string; counties: PlaceLink[] }[]> {
  const prefectures = await db.prefecture.findMany({
    orderBy: [{ name: "asc" }],
    select: {
      id: true, name: true,
      counties: { orderBy: [{ name: "asc" }], select: { id: true, name: true, _count: { select: { villages: true } } } },
    },
  });
  return prefectures.map((prefecture) => ({
    id: prefecture.id,
    name: prefecture.name,
    counties: prefecture.counties.map((county) => ({ id: county.id, name: county.name, villageCount: county._count.villages })),
  }));
}

/** One county's townships, or null for an unknown county. */
export async function listTownships(countyId: unknown): Promise<{ county: { id: string; name: string; prefecture: string }; townships: PlaceLink[] } | null> {
  if (!isPublicId(countyId)) return null;
  const county = await db.county.findUnique({
    where: { id: countyId },
    select: {
      id: true, name: true, prefecture: { select: { name: true } },
      townships: { orderBy: [{ name: "asc" }], select: { id: true, name: true, _count: { select: { villages: true } } } },
    },
  });
  if (!county) return null;
  return {
    county: { id: county.id, name: county.name, prefecture: county.prefecture.name },
    townships: county.townships.map((township) => ({ id: township.id, name: township.name, villageCount: township._count.villages })),
  };
}

/** One township's villages with their boards, or null for an unknown township. */
export async function listVillages(townshipId: unknown): Promise<{
  county: { id: string; name: string; prefecture: string };
  township: { id: string; name: string };
  villages: VillageHit[];
} | null> {
  if (!isPublicId(townshipId)) return null;
  const township = await db.township.findUnique({
    where: { id: townshipId },
    select: {
      id: true, name: true,
      county: { select: { id: true, name: true, prefecture: { select: { name: true } } } },
      villages: { orderBy: [{ name: "asc" }], select: { id: true, slug: true, name: true, branchName: true } },
    },
  });
  if (!township) return null;
  const counts = await publishedCounts(township.villages.map((village) => village.id));
  return {
    county: { id: township.county.id, name: township.county.name, prefecture: township.county.prefecture.name },
    township: { id: township.id, name: township.name },
    villages: township.villages.map((village) => ({
      slug: village.slug,
      name: village.name,
      branchName: village.branchName || village.name,
      township: township.name,
      county: township.county.name,
      pledgeCount: counts.get(village.id) ?? 0,
    })),
  };
}
