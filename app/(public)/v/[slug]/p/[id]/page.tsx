import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PledgePageView } from "@/components/board/pledge-page-view";
import { defaultLocale } from "@/i18n/locales";
import { cachedPledge } from "@/lib/public/cached";

// A published pledge's public page: static, cached with its board and invalidated with it.
export const dynamic = "force-static";
export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams(): { slug: string; id: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, id } = await params;
  setRequestLocale(defaultLocale);
  const [t, page] = await Promise.all([getTranslations("publicBoard.pledgePage"), cachedPledge(slug, id)]);
  if (!page) return {};
  return { title: t("metaTitle", { action: page.pledge.action, village: page.village.name }) };
}

export default async function PublicPledgePage({ params }: Props) {
  const { slug, id } = await params;
  setRequestLocale(defaultLocale);
  const page = await cachedPledge(slug, id);
  if (!page) notFound();
  return <PledgePageView page={page} />;
}
