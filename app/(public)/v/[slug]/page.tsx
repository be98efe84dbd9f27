import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getTranslations } from "next-intl/server";
import { BoardView } from "@/components/board/board-view";
import { defaultLocale } from "@/i18n/locales";
import { cachedBoard } from "@/lib/public/cached";
import { NO_FILTER } from "@/lib/public/filter";

// One static page per board, rendered on its first visit and then served from Next's full-route
// cache until the board's tag is invalidated (lib/public/invalidate.ts) or BOARD_REVALIDATE_SECONDS
// pass (days left move on at midnight). force-static: the locale cookie reads as empty, so every
// visitor gets the same Chinese page and the route never renders per request.
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  setRequestLocale(defaultLocale);
  const [t, board] = await Promise.all([getTranslations("publicBoard"), cachedBoard(slug)]);
  if (!board) return {};
  return { title: t("title", { branch: board.village.branchName }), description: t("metaDescription", { village: board.village.name }) };
}

export default async function BoardPage({ params }: Props) {
  const { slug } = await params;
  setRequestLocale(defaultLocale);
  const board = await cachedBoard(slug);
  if (!board) notFound();
  return <BoardView board={board} filter={NO_FILTER} />;
}
