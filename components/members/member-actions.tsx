"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ClientFormState } from "@/components/forms/form-messages";
import { StatusAlert } from "@/components/opinions/status-alert";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SubmitButton } from "@/components/ui/submit-button";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;

/** Deactivate (asks first) or reactivate; delete (asks first) only for a member with no pledge. */
export function MemberActions({
  member,
  setActiveAction,
  deleteAction,
}: {
  member: { id: string; name: string; isActive: boolean; version: number; canDelete: boolean };
  setActiveAction: FormAction;
  deleteAction: FormAction;
}) {
  const t = useTranslations("members");
  const tc = useTranslations("common");
  const [activeState, setActive] = useActionState(setActiveAction, { status: "idle" } as ClientFormState);
  const [deleteState, remove] = useActionState(deleteAction, { status: "idle" } as ClientFormState);
  return (
    <div className="flex flex-col gap-3">
      <form action={setActive} className="flex flex-col gap-2">
        <StatusAlert state={activeState} namespace="members" />
        <input type="hidden" name="id" value={member.id} />
        <input type="hidden" name="version" value={member.version} />
        <input type="hidden" name="isActive" value={member.isActive ? "false" : "true"} />
        {member.isActive ? (
          <ConfirmButton
            variant="secondary"
            title={t("deactivateTitle", { name: member.name })}
            description={t("deactivateHint")}
            confirmLabel={t("deactivate")}
            pendingLabel={tc("submitting")}
          >
            {t("deactivate")}
          </ConfirmButton>
        ) : (
          <div>
            <SubmitButton variant="secondary" pendingLabel={tc("submitting")}>
              {t("reactivate")}
            </SubmitButton>
          </div>
        )}
      </form>
      {member.canDelete ? (
        <form action={remove} className="flex flex-col gap-2">
          <StatusAlert state={deleteState} namespace="members" />
          <input type="hidden" name="id" value={member.id} />
          <ConfirmButton title={t("deleteTitle", { name: member.name })} description={t("deleteHint")} confirmLabel={t("delete")} pendingLabel={tc("submitting")}>
            {t("delete")}
          </ConfirmButton>
        </form>
      ) : null}
    </div>
  );
}
