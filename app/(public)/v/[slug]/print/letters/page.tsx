import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { LettersView } from "@/components/print/letters-view";
import { defaultLocale } from "@/i18n/locales";
import { cachedBoard } from "@/lib/public/cached";
import { getPrintLetters } from "@/lib/public/print";
import { qrSvg } from "@/lib/qr/svg";

// Static like the board itself: rendered on first visit, kept until the board's tag is
// invalidated or 10 minutes pass (so the printed date is at most that old). Chinese, always:
// the paper goes on a village notice board.
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 600;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

/** One read per render, shared by the metadata and the page. */
const lettersOf = cache((slug: string) => getPrintLetters(slug, { kind: "all" }, new Date(), (s) => cachedBoard(s)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  setRequestLocale(defaultLocale);
  const [t, data] = await Promise.all([getTranslations("print.letters"), lettersOf(slug)]);
  return data ? { title: t("metaTitle", { village: data.board.village.name }), robots: { index: false } } : {};
}

/** Every pledge letter (承诺书) of a board, the branch's and each member's, one A4 page each. */
export default async function PrintLettersPage({ params }: Props) {
  const { slug } = await params;
  setRequestLocale(defaultLocale);
  const data = await lettersOf(slug);
  if (!data) notFound();
  const tq = await getTranslations("qr");
  const svg = await qrSvg(data.board.link.url, tq("boardLabel", { village: data.board.village.name, code: data.board.link.code }));
  return <LettersView board={data.board} letters={data.letters} qrSvg={svg} all />;
}
