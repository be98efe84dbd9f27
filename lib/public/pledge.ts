import "server-only";
import { db } from "@/lib/db";
import { publishedResultsForPledges } from "@/lib/evaluation/public-results";
import type { PledgeEventType } from "@/lib/generated/prisma/enums";
import { shortHash } from "@/lib/history/chain";
import { PLEDGE_SELECT, toPublicPledge, type PublicPhoto, type PublicPledge } from "./board";
import { PUBLIC_STATUSES, evidenceUrl, isPublicId, isPublicSlug } from "./fields";

// One published pledge's public page: its current text, every earlier text with the reason it
// changed, its public history (status changes, progress, explanations, evaluation) and the head
// of its hash chain. Events of the review (drafts, comments, override reasons) are not public:
// they are left out, and of the public ones only the named payload fields come out.

/** The public wording of a pledge, as kept in PledgeVersion.text and AMENDED events. */
export type PublicPledgeText = {
  area: string;
  action: string;
  quantity: string | null;
  unit: string | null;
  placeOrBeneficiaries: string;
  dueOn: string;
  responsiblePerson: string;
  verification: string;
};

export const PUBLIC_TEXT_KEYS = ["area", "action", "quantity", "unit", "placeOrBeneficiaries", "dueOn", "responsiblePerson", "verification"] as const;

export type PublicPledgeVersion = {
  textVersion: number;
  text: PublicPledgeText;
  /** Why this text was replaced by the next one. */
  reason: string;
  /** ISO instant this text was replaced. */
  replacedAt: string;
};

/** History events a villager may read; the rest of the chain (review, ballots) stays private. */
export const PUBLIC_EVENT_TYPES = [
  "PUBLISHED", "AMENDED", "PROGRESS", "STATUS_CHANGED", "EXPLAINED", "WITHDRAWN", "ROUND_OPENED", "ROUND_CLOSED", "EVALUATED", "ASSESSED",
] as const satisfies readonly PledgeEventType[];

export type PublicEventType = (typeof PUBLIC_EVENT_TYPES)[number];

export type PublicEvent = {
  seq: number;
  type: PublicEventType;
  at: string;
  /** Short hash of this event: each one covers everything before it. */
  hash: string;
  /** STATUS_CHANGED, WITHDRAWN */
  from?: string;
  /** STATUS_CHANGED */
  to?: string;
  /** AMENDED, PUBLISHED: the text version it made current */
  textVersion?: number;
  /** AMENDED, WITHDRAWN: why */
  reason?: string;
  /** EXPLAINED */
  explanation?: string;
  /** PROGRESS */
  body?: string;
  /** PROGRESS: number of photos */
  photoCount?: number;
  /** ASSESSED */
  assessment?: string;
};

export type PublicProgressEntry = { body: string; at: string; photos: PublicPhoto[] };

export type PublicPledgePage = {
  village: { slug: string; name: string; branchName: string; township: string; county: string };
  pledge: PublicPledge;
  /** Earlier texts, oldest first; the current text is `pledge`. */
  versions: PublicPledgeVersion[];
  events: PublicEvent[];
  progress: PublicProgressEntry[];
  /** The chain head's full hash (the short one is pledge.chainHead). */
  chainHeadFull: string | null;
  /** Number of events in the whole chain, the private ones included. */
  chainLength: number;
};

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** Reads a stored text defensively, keeping only the public wording. */
export function publicTextOf(value: unknown): PublicPledgeText {
  const text = value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const quantity = text.quantity;
  return {
    area: str(text.area) ?? "",
    action: str(text.action) ?? "",
    quantity: typeof quantity === "string" || typeof quantity === "number" ? String(quantity) : null,
    unit: str(text.unit) ?? null,
    placeOrBeneficiaries: str(text.placeOrBeneficiaries) ?? "",
    dueOn: str(text.dueOn) ?? "",
    responsiblePerson: str(text.responsiblePerson) ?? "",
    verification: str(text.verification) ?? "",
  };
}

/** The public fields of one event's payload, by type; nothing else of the payload is read. */
export function publicEventOf(event: { seq: number; type: PublicEventType; payload: unknown; createdAt: Date; hash: string }): PublicEvent {
  const payload = event.payload && typeof event.payload === "object" ? (event.payload as Record<string, unknown>) : {};
  const base: PublicEvent = { seq: event.seq, type: event.type, at: event.createdAt.toISOString(), hash: shortHash(event.hash) };
  switch (event.type) {
    case "PUBLISHED":
      return { ...base, textVersion: num(payload.textVersion) };
    case "AMENDED":
      return { ...base, textVersion: num(payload.textVersion), reason: str(payload.reason) };
    case "PROGRESS":
      return { ...base, body: str(payload.body), photoCount: Array.isArray(payload.files) ? payload.files.length : 0 };
    case "STATUS_CHANGED":
      return { ...base, from: str(payload.from), to: str(payload.to) };
    case "EXPLAINED":
      return { ...base, explanation: str(payload.explanation) };
    case "WITHDRAWN":
      return { ...base, from: str(payload.from), reason: str(payload.reason) };
    case "ASSESSED":
      return { ...base, assessment: str(payload.assessment) };
    case "ROUND_OPENED":
    case "ROUND_CLOSED":
    case "EVALUATED":
      return base;
  }
}

/** Drops the keys whose value is undefined, so the page data is plain JSON. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A published pledge of the board with this slug, or null for an unknown board, an unknown
 * pledge, a pledge of another board, or one not published (yet).
 */
export async function getPublicPledge(slug: string, id: string, today: Date = new Date()): Promise<PublicPledgePage | null> {
  if (!isPublicSlug(slug) || !isPublicId(id)) return null;
  const row = await db.pledge.findFirst({
    where: { id, village: { slug }, status: { in: [...PUBLIC_STATUSES] } },
    select: {
      ...PLEDGE_SELECT,
      village: {
        select: { slug: true, name: true, branchName: true, township: { select: { name: true } }, county: { select: { name: true } } },
      },
      versions: { orderBy: { textVersion: "asc" }, select: { textVersion: true, text: true, reason: true, createdAt: true } },
      progress: {
        orderBy: { createdAt: "desc" },
        select: {
          body: true, createdAt: true,
          files: { orderBy: { createdAt: "asc" }, select: { storageKey: true, mimeType: true, width: true, height: true } },
        },
      },
    },
  });
  if (!row) return null;
  const [events, lastEvent, chainLength, results] = await Promise.all([
    db.pledgeEvent.findMany({
      where: { pledgeId: row.id, type: { in: [...PUBLIC_EVENT_TYPES] } },
      orderBy: { seq: "asc" },
      select: { seq: true, type: true, payload: true, createdAt: true, hash: true },
    }),
    db.pledgeEvent.findFirst({ where: { pledgeId: row.id }, orderBy: { seq: "desc" }, select: { hash: true } }),
    db.pledgeEvent.count({ where: { pledgeId: row.id } }),
    publishedResultsForPledges([row.id]),
  ]);
  const branchName = row.village.branchName || row.village.name;
  return {
    village: {
      slug: row.village.slug, name: row.village.name, branchName, township: row.village.township.name, county: row.village.county.name,
    },
    pledge: toPublicPledge(row, branchName, today, results.get(row.id)),
    versions: row.versions.map((version) => ({
      textVersion: version.textVersion,
      text: publicTextOf(version.text),
      reason: version.reason,
      replacedAt: version.createdAt.toISOString(),
    })),
    events: events.map((event) => compact(publicEventOf({ ...event, type: event.type as PublicEventType }))),
    progress: row.progress.map((update) => ({
      body: update.body,
      at: update.createdAt.toISOString(),
      photos: update.files.map((file) => ({ url: evidenceUrl(file.storageKey), mimeType: file.mimeType, width: file.width, height: file.height })),
    })),
    chainHeadFull: lastEvent?.hash ?? null,
    chainLength,
  };
}

/** The current text of a public pledge in the shape of PledgeVersion.text, for diffs. */
export function currentTextOf(pledge: PublicPledge): PublicPledgeText {
  return {
    area: pledge.area,
    action: pledge.action,
    quantity: pledge.quantity,
    unit: pledge.unit,
    placeOrBeneficiaries: pledge.placeOrBeneficiaries,
    dueOn: pledge.dueOn,
    responsiblePerson: pledge.responsiblePerson,
    verification: pledge.verification,
  };
}
