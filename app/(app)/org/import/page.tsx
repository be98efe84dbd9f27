import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/ledger/import-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { importRosterAction } from "@/lib/ledger/actions";
import { IMPORT_COLUMNS } from "@/lib/ledger/import/layout";
import { requireActor } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ledger");
  return { title: t("title") };
}

/** The ledger in: a roster of villages, members and secretary accounts for the organiser's counties. */
export default async function ImportPage() {
  const actor = await requireActor();
  if (actor.role !== "PREFECTURE_ORGANISER" && actor.role !== "COUNTY_ORGANISER") notFound();
  const t = await getTranslations("ledger");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("lead")} />
      <Card>
        <CardHeader><CardTitle>{t("layoutTitle")}</CardTitle></CardHeader>
        <CardContent className="flex flex-col gap-2">
          <p>{t("layoutLead")}</p>
          <p className="font-mono text-sm break-all">{IMPORT_COLUMNS.join(",")}</p>
          <p><a href="/org/import/example" download className="underline">{t("example")}</a></p>
        </CardContent>
      </Card>
      <Card>
        <CardContent className="pt-4">
          <ImportForm action={importRosterAction} />
        </CardContent>
      </Card>
    </div>
  );
}
