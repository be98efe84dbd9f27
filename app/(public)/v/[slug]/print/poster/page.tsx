import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { PosterSheet } from "@/components/print/poster-sheet";
import { PrintToolbar } from "@/components/print/print-toolbar";
import { defaultLocale } from "@/i18n/locales";
import { cachedBoard } from "@/lib/public/cached";
import { getPrintPoster } from "@/lib/public/print";
import { qrSvg } from "@/lib/qr/svg";

// Static like the board itself: rendered on first visit, kept until the board's tag is
// invalidated (any change on the board, so the board check code on the poster is always the
// board's) or 10 minutes pass (so the printed date is at most that old).
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 600;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

/** One read per render, shared by the metadata and the page. */
const posterOf = cache((slug: string) => getPrintPoster(slug, new Date(), (s) => cachedBoard(s)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  setRequestLocale(defaultLocale);
  const [t, data] = await Promise.all([getTranslations("print.poster"), posterOf(slug)]);
  return data ? { title: t("metaTitle", { village: data.board.village.name }), robots: { index: false } } : {};
}

/** The A3 poster for the village's physical notice board. */
export default async function PrintPosterPage({ params }: Props) {
  const { slug } = await params;
  setRequestLocale(defaultLocale);
  const data = await posterOf(slug);
  if (!data) notFound();
  const tq = await getTranslations("qr");
  const svg = await qrSvg(data.board.link.url, tq("boardLabel", { village: data.board.village.name, code: data.board.link.code }));
  return (
    <>
      <PrintToolbar slug={slug} paper="A3" />
      <PosterSheet board={data.board} groups={data.groups} qrSvg={svg} />
    </>
  );
}
