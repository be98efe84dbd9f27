import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PledgeForm } from "@/components/pledges/pledge-form";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { amendPledgeAction, updatePledgeAction } from "@/lib/pledges/actions";
import { isClosed, isEditable, isPublic } from "@/lib/pledges/lifecycle";
import { canWritePledge } from "@/lib/pledges/policy";
import { getPledge } from "@/lib/pledges/queries";
import { pledgeFormContext } from "../form-context";

/**
 * The edit form (a draft or returned pledge) and the amend form (a published one, with a reason)
 * share everything but the action and the rule of when they apply.
 */
export async function PledgeFormPage({ actor, id, mode }: { actor: Actor; id: string; mode: "edit" | "amend" }) {
  const pledge = await getPledge(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const applies = mode === "edit" ? isEditable(pledge.status) : isPublic(pledge.status) && !isClosed(pledge.status);
  if (!canWritePledge(actor, pledge) || !applies) notFound();
  const [t, context] = await Promise.all([getTranslations(), pledgeFormContext(actor, pledge.villageId)]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader
        eyebrow={<Link href={`/village/pledges/${pledge.id}`} className="text-brand-700 underline">← {t("pledges.backToPledge")}</Link>}
        title={mode === "edit" ? t("pledges.editTitle") : t("pledges.amendTitle")}
        description={mode === "amend" ? t("pledges.amendLead") : undefined}
      />
      <Card>
        <CardContent className="py-4">
          <PledgeForm
            {...context}
            action={mode === "edit" ? updatePledgeAction : amendPledgeAction}
            mode={mode}
            hidden={{ id: pledge.id, version: pledge.version }}
            defaults={{
              pledgerKind: pledge.pledgerKind,
              memberId: pledge.member?.id ?? "",
              problemId: pledge.problemId ?? "",
              area: pledge.area,
              action: pledge.action,
              quantity: pledge.quantity ?? "",
              unit: pledge.unit ?? "",
              placeOrBeneficiaries: pledge.placeOrBeneficiaries,
              dueOn: pledge.dueOn,
              responsiblePerson: pledge.responsiblePerson,
              verification: pledge.verification,
              reason: "",
            }}
            submitLabel={mode === "edit" ? t("pledges.saveChanges") : t("pledges.saveAmendment")}
          />
        </CardContent>
      </Card>
    </div>
  );
}
