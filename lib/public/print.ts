import "server-only";
import { toIsoDay } from "@/lib/format";
import { getBoardShortLink, getPledgeShortCodes, type ShortLink } from "@/lib/qr/queries";
import { getPublicBoard, type PublicBoard, type PublicPledge, type PublicPledger } from "./board";

/** Reads a public board: getPublicBoard itself, or a cached read of it (pages pass lib/public/cached.ts's). */
export type BoardLoader = (slug: string, today: Date) => Promise<PublicBoard | null>;

// What the print views put on paper: the pledge letters (承诺书) and the notice-board poster. Built
// from the public board (lib/public/board.ts), so paper shows exactly what the board shows and
// nothing else, plus the short codes that lead back to it.

export type PrintPledge = PublicPledge & {
  /** The pledge's short code (lib/qr/short-code.ts), printed beside it. */
  code: string | null;
};

export type PrintLetter = { pledger: PublicPledger; pledges: PrintPledge[] };

export type PrintBoard = Pick<PublicBoard, "village" | "campaign" | "counts" | "boardHead"> & {
  link: ShortLink;
  /** The day the paper was printed ("YYYY-MM-DD", China time). */
  printedOn: string;
};

/** Which letters to print: the branch's and every member's, the branch's only, or one member's. */
export type LetterSelection = { kind: "all" } | { kind: "branch" } | { kind: "member"; memberId: string };

/** A withdrawn pledge is no longer promised: it stays on the board with its reason, not on a letter. */
function isPromised(pledge: PublicPledge): boolean {
  return pledge.status !== "WITHDRAWN";
}

/**
 * The letters a selection asks for, from a board: the branch's first, then members' by name (the
 * board's order); only pledgers with at least one pledge still promised. Pure.
 */
export function selectLetters(board: Pick<PublicBoard, "groups">, selection: LetterSelection): PrintLetter[] {
  return board.groups
    .filter((group) => {
      if (selection.kind === "branch") return group.kind === "BRANCH";
      if (selection.kind === "member") return group.kind === "MEMBER" && group.key === `member-${selection.memberId}`;
      return group.kind === "BRANCH" || group.kind === "MEMBER";
    })
    .map(({ pledges, ...pledger }) => ({ pledger, pledges: pledges.filter(isPromised).map((pledge) => ({ ...pledge, code: null })) }))
    .filter((letter) => letter.pledges.length > 0);
}

async function printBoard(board: PublicBoard, today: Date): Promise<PrintBoard | null> {
  const link = await getBoardShortLink(board.village.slug);
  if (!link) return null;
  return {
    village: board.village,
    campaign: board.campaign,
    counts: board.counts,
    boardHead: board.boardHead,
    link: { code: link.code, url: link.url },
    printedOn: toIsoDay(today),
  };
}

async function withCodes<T extends { pledges: PublicPledge[] }>(slug: string, groups: T[]): Promise<(Omit<T, "pledges"> & { pledges: PrintPledge[] })[]> {
  const codes = await getPledgeShortCodes(slug, groups.flatMap((group) => group.pledges.map((pledge) => pledge.id)));
  return groups.map((group) => ({ ...group, pledges: group.pledges.map((pledge) => ({ ...pledge, code: codes.get(pledge.id) ?? null })) }));
}

/**
 * The pledge letters of the board with this slug, or null for an unknown board, or a selection
 * that names no pledger with a pledge on it.
 */
export async function getPrintLetters(
  slug: string,
  selection: LetterSelection,
  today: Date = new Date(),
  loadBoard: BoardLoader = getPublicBoard,
): Promise<{ board: PrintBoard; letters: PrintLetter[] } | null> {
  const publicBoard = await loadBoard(slug, today);
  if (!publicBoard) return null;
  const selected = selectLetters(publicBoard, selection);
  if (selected.length === 0 && selection.kind !== "all") return null;
  const [board, letters] = await Promise.all([printBoard(publicBoard, today), withCodes(slug, selected)]);
  return board && { board, letters };
}

/** The notice-board poster of the board with this slug: every pledge on the board, or null. */
export async function getPrintPoster(
  slug: string,
  today: Date = new Date(),
  loadBoard: BoardLoader = getPublicBoard,
): Promise<{ board: PrintBoard; groups: (Omit<PublicBoard["groups"][number], "pledges"> & { pledges: PrintPledge[] })[] } | null> {
  const publicBoard = await loadBoard(slug, today);
  if (!publicBoard) return null;
  const [board, groups] = await Promise.all([printBoard(publicBoard, today), withCodes(slug, publicBoard.groups)]);
  return board && { board, groups };
}
