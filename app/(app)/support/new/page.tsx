import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { PledgeForm } from "@/components/pledges/pledge-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { createUpwardPledgeAction } from "@/lib/pledges/actions";
import { canPledgeUpward } from "@/lib/pledges/policy";
import { listFocusProblemsInReach } from "@/lib/pledges/queries";
import { requireActor } from "@/lib/session";
import { pledgeFormContext } from "../../village/pledges/form-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("support");
  return { title: t("newTitle") };
}

/** An upward pledge to one village's focus problem (`?problem=<id>`), by the account's township or department. */
export default async function NewUpwardPledgePage({ searchParams }: { searchParams: Promise<{ problem?: string | string[] }> }) {
  const actor = await requireActor();
  if (!canPledgeUpward(actor)) notFound();
  const { problem: problemId } = await searchParams;
  const problem = (await listFocusProblemsInReach(actor)).find((p) => p.id === problemId);
  if (!problem) notFound();
  const [t, context] = await Promise.all([getTranslations(), pledgeFormContext(actor, problem.villageId)]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href="/support" className="text-brand-700 underline">← {t("support.back")}</Link>}
        title={t("support.newTitle")}
        description={t("support.forLine", { village: problem.village.name, problem: problem.title })}
      />
      <Card>
        <CardContent className="py-4">
          <PledgeForm
            {...context}
            action={createUpwardPledgeAction}
            mode="upward"
            // A fresh id per render: a retried submit of the same form carries the same id.
            hidden={{ id: randomUUID(), villageId: problem.villageId }}
            defaults={{
              pledgerKind: actor.role === "TOWNSHIP_OFFICER" ? "TOWNSHIP" : "DEPARTMENT",
              memberId: "", problemId: problem.id, area: problem.area,
              action: "", quantity: "", unit: "", placeOrBeneficiaries: "", dueOn: "", responsiblePerson: "", verification: "", reason: "",
            }}
            submitLabel={t("pledges.save")}
          />
        </CardContent>
      </Card>
    </div>
  );
}
