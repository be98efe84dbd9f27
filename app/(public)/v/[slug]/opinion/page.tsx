import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { PublicOpinionForm } from "@/components/opinions/public-opinion-form";
import { PageHeader } from "@/components/ui/page-header";
import { submitPublicOpinionAction } from "@/lib/opinions/public-actions";
import { findOpinionBoard } from "@/lib/opinions/public-submissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opinions.public");
  return { title: t("title"), robots: { index: false } };
}

/** Where a villager, with no account, leaves an opinion for the village branch. */
export default async function PublicOpinionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [t, village] = await Promise.all([getTranslations("opinions.public"), findOpinionBoard(slug)]);
  if (!village) notFound();
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-6 sm:px-6">
      <PageHeader title={t("title")} eyebrow={village.name} description={t("lead", { branch: village.branchName || village.name })} />
      {/* A fresh id per render: a retried submit of the same form stores the opinion once. */}
      <PublicOpinionForm action={submitPublicOpinionAction} slug={village.slug} newId={randomUUID()} />
    </div>
  );
}
