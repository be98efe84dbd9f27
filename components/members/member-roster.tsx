import { useTranslations } from "next-intl";
import type { ClientFormState } from "@/components/forms/form-messages";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { MemberActions } from "./member-actions";
import { MemberForm } from "./member-form";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

export type RosterMember = {
  id: string;
  name: string;
  phone: string | null;
  skills: string;
  isActive: boolean;
  version: number;
  pledgeCount: number;
  canDelete: boolean;
};

/** The roster: who has pledged and who has not yet, at a glance; edit and deactivate per member. */
export function MemberRoster({
  members,
  canWrite,
  updateAction,
  setActiveAction,
  deleteAction,
}: {
  members: RosterMember[];
  canWrite: boolean;
  updateAction: FormAction;
  setActiveAction: FormAction;
  deleteAction: FormAction;
}) {
  const t = useTranslations("members");
  return (
    <ul className="flex flex-col gap-3" aria-label={t("listTitle")}>
      {members.map((member) => (
        <li key={member.id}>
          <Card className={member.isActive ? undefined : "bg-ink-50"}>
            <CardContent className="flex flex-col gap-2 py-4">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="text-lg font-semibold text-ink-900">{member.name}</h3>
                {!member.isActive ? (
                  <Badge tone="neutral">{t("inactive")}</Badge>
                ) : member.pledgeCount === 0 ? (
                  <Badge tone="warn">{t("noPledge")}</Badge>
                ) : (
                  <Badge tone="ok">{t("pledgeCount", { count: member.pledgeCount })}</Badge>
                )}
              </div>
              <p className="text-ink-700">{member.skills ? t("skillsLine", { skills: member.skills }) : t("noSkills")}</p>
              {member.phone ? <p className="text-sm text-ink-600">{t("phoneLine", { phone: member.phone })}</p> : null}
              {canWrite ? (
                <details className="mt-1">
                  <summary className="min-h-tap cursor-pointer content-center text-brand-700 underline">{t("manage")}</summary>
                  <div className="mt-3 flex flex-col gap-4">
                    <MemberForm
                      action={updateAction}
                      submitLabel={t("save")}
                      successLabel={t("saved")}
                      hidden={{ id: member.id, version: member.version }}
                      defaults={{ name: member.name, phone: member.phone ?? "", skills: member.skills }}
                    />
                    <MemberActions member={member} setActiveAction={setActiveAction} deleteAction={deleteAction} />
                    {!member.canDelete ? <p className="text-sm text-ink-600">{t("keptBecausePledges")}</p> : null}
                  </div>
                </details>
              ) : null}
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
