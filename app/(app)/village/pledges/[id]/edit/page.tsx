import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/session";
import { PledgeFormPage } from "../pledge-form-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pledges");
  return { title: t("editTitle") };
}

export default async function EditPledgePage({ params }: { params: Promise<{ id: string }> }) {
  const [actor, { id }] = await Promise.all([requireActor(), params]);
  return <PledgeFormPage actor={actor} id={id} mode="edit" />;
}
