"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatusAlert, useFieldErrors, type ClientFormState } from "@/components/forms/form-messages";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";

type FormAction = (state: ClientFormState, formData: FormData) => Promise<ClientFormState>;
type Village = { id: string; name: string; township: { name: string } };

/** Pairs the department with one more village of its county (上下联动). */
export function AddPairingForm({ action, departmentId, villages }: { action: FormAction; departmentId: string; villages: readonly Village[] }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  const errorsFor = useFieldErrors(state);
  const townships = [...new Set(villages.map((v) => v.township.name))];
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormStatusAlert state={state} success={t("org.pairing.paired")} />
      <input type="hidden" name="departmentId" value={departmentId} />
      <input type="hidden" name="paired" value="true" />
      <Field label={t("org.pairing.village")} errors={errorsFor("villageId")}>
        {({ invalid, ...control }) => (
          <Select {...control} invalid={invalid} name="villageId" defaultValue="">
            <option value="">—</option>
            {townships.map((township) => (
              <optgroup key={township} label={township}>
                {villages
                  .filter((v) => v.township.name === township)
                  .map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </Select>
        )}
      </Field>
      <div>
        <SubmitButton pendingLabel={t("common.submitting")}>{t("org.pairing.add")}</SubmitButton>
      </div>
    </form>
  );
}

/** Ends one pairing; the department's pledges stay on the village's board. */
export function RemovePairingForm({ action, departmentId, village }: { action: FormAction; departmentId: string; village: Village }) {
  const t = useTranslations();
  const [state, formAction] = useActionState(action, { status: "idle" } as ClientFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <span className="min-w-0 flex-1 break-words">
        {village.township.name} · {village.name}
      </span>
      <input type="hidden" name="departmentId" value={departmentId} />
      <input type="hidden" name="villageId" value={village.id} />
      <input type="hidden" name="paired" value="false" />
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("common.submitting")} aria-label={t("org.pairing.removeFor", { village: village.name })}>
        {t("org.pairing.remove")}
      </SubmitButton>
      <FormStatusAlert state={state} />
    </form>
  );
}
