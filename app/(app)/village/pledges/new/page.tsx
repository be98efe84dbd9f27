import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { PledgeForm } from "@/components/pledges/pledge-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { createPledgeAction } from "@/lib/pledges/actions";
import { requireActor } from "@/lib/session";
import { canWriteVillageWork } from "@/lib/village-work/policy";
import { pledgeFormContext } from "../form-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pledges");
  return { title: t("newTitle") };
}

/** A new branch or member pledge; `?member=<id>` starts with that member (and shows his skills without JavaScript). */
export default async function NewPledgePage({ searchParams }: { searchParams: Promise<{ member?: string | string[] }> }) {
  const actor = await requireActor();
  if (!actor.villageId || !canWriteVillageWork(actor, actor.villageId)) notFound();
  const villageId = actor.villageId;
  const requested = (await searchParams).member;
  const [t, context] = await Promise.all([getTranslations(), pledgeFormContext(actor, villageId)]);
  const member = context.members.find((m) => m.id === requested);
  const onlyProblem = context.problems.length === 1 ? context.problems[0] : undefined;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href="/village/pledges" className="text-brand-700 underline">← {t("pledges.back")}</Link>}
        title={t("pledges.newTitle")}
        description={t("pledges.newLead")}
      />
      <Card>
        <CardContent className="py-4">
          <PledgeForm
            {...context}
            action={createPledgeAction}
            mode="create"
            // A fresh id per render: a retried submit of the same form carries the same id.
            hidden={{ id: randomUUID(), villageId }}
            defaults={{
              pledgerKind: member ? "MEMBER" : "BRANCH",
              memberId: member?.id ?? "",
              problemId: onlyProblem?.id ?? "",
              area: onlyProblem?.area ?? "",
              action: "", quantity: "", unit: "", placeOrBeneficiaries: "", dueOn: "", responsiblePerson: member?.name ?? "", verification: "", reason: "",
            }}
            submitLabel={t("pledges.save")}
          />
        </CardContent>
      </Card>
    </div>
  );
}
