// Where the print views of a board live (pure: safe for any page or component to link with).

import type { PublicPledger } from "./board";

/** The A3 notice-board poster. */
export function printPosterPath(slug: string): string {
  return `/v/${slug}/print/poster`;
}

/**
 * The pledge letters: all of them (the branch's and every member's), or one pledger's: the
 * branch's, or one member's.
 */
export function printLettersPath(slug: string, pledger?: Pick<PublicPledger, "kind" | "key">): string {
  if (!pledger) return `/v/${slug}/print/letters`;
  return `/v/${slug}/print/letters/${pledger.kind === "BRANCH" ? "branch" : pledger.key.replace(/^member-/, "")}`;
}

/** The QR code (SVG) of the board, or of one published pledge on it. */
export function qrCodePath(slug: string, pledgeId?: string): string {
  return pledgeId ? `/v/${slug}/p/${pledgeId}/qr.svg` : `/v/${slug}/qr.svg`;
}
