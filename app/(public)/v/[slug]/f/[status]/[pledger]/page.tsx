import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BoardView } from "@/components/board/board-view";
import { defaultLocale } from "@/i18n/locales";
import { cachedBoard } from "@/lib/public/cached";
import { isPledgerFilter, isStatusFilter } from "@/lib/public/filter";

// A filtered view of a board: a static page of its own, cached and invalidated with the board.
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams(): { slug: string; status: string; pledger: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; status: string; pledger: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  setRequestLocale(defaultLocale);
  const [t, board] = await Promise.all([getTranslations("publicBoard"), cachedBoard(slug)]);
  if (!board) return {};
  return { title: t("title", { branch: board.village.branchName }), robots: { index: false } };
}

export default async function FilteredBoardPage({ params }: Props) {
  const { slug, status, pledger } = await params;
  setRequestLocale(defaultLocale);
  if (!isStatusFilter(status) || !isPledgerFilter(pledger)) notFound();
  const board = await cachedBoard(slug);
  // Only pledgers of this board: made-up keys are no page (and no cache entry of their own).
  if (!board || (pledger !== "all" && !board.groups.some((group) => group.key === pledger))) notFound();
  return <BoardView board={board} filter={{ status, pledger }} />;
}
