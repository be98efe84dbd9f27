import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { LettersView } from "@/components/print/letters-view";
import { defaultLocale } from "@/i18n/locales";
import { cachedBoard } from "@/lib/public/cached";
import { isPublicId } from "@/lib/public/fields";
import { getPrintLetters, type LetterSelection } from "@/lib/public/print";
import { qrSvg } from "@/lib/qr/svg";

// Static and cached like the letters of the whole board (see ../page.tsx).
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 600;

export function generateStaticParams(): { slug: string; pledger: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; pledger: string }> };

/** "branch", or a member's id. */
function selectionOf(pledger: string): LetterSelection | null {
  if (pledger === "branch") return { kind: "branch" };
  return isPublicId(pledger) ? { kind: "member", memberId: pledger } : null;
}

/** One read per render, shared by the metadata and the page. */
const letterOf = cache((slug: string, pledger: string) => {
  const selection = selectionOf(pledger);
  return selection ? getPrintLetters(slug, selection, new Date(), (s) => cachedBoard(s)) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, pledger } = await params;
  setRequestLocale(defaultLocale);
  const [t, data] = await Promise.all([getTranslations("print.letters"), letterOf(slug, pledger)]);
  return data ? { title: t("metaTitle", { village: data.board.village.name }), robots: { index: false } } : {};
}

/** One pledger's letter: the branch's (`/branch`) or one member's (`/<member id>`). */
export default async function PrintOneLetterPage({ params }: Props) {
  const { slug, pledger } = await params;
  setRequestLocale(defaultLocale);
  const data = await letterOf(slug, pledger);
  if (!data) notFound();
  const tq = await getTranslations("qr");
  const svg = await qrSvg(data.board.link.url, tq("boardLabel", { village: data.board.village.name, code: data.board.link.code }));
  return <LettersView board={data.board} letters={data.letters} qrSvg={svg} all={false} />;
}
