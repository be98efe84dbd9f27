"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { IDLE, isFormData, runForm, type FormState } from "@/lib/action-state";
import { actorOrThrow } from "@/lib/session";
import { ZConfirmed, ZId } from "@/lib/schemas";
import { createAccount, resetAccountPassword, setAccountActive } from "./mutations";
import { ZCreateAccountInput, ZResetPasswordInput } from "./schemas";

export async function createAccountAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZCreateAccountInput, async (input) => {
    await createAccount(await actorOrThrow(), input);
    revalidatePath("/accounts");
  });
}

export async function resetPasswordAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZResetPasswordInput.extend(ZConfirmed.shape), async (input) => {
    await resetAccountPassword(await actorOrThrow(), input);
    revalidatePath("/accounts");
    return { status: "success", message: "resetDone", values: {} };
  });
}

const ZSetActiveForm = z.object({ id: ZId, isActive: z.enum(["true", "false"]).transform((value) => value === "true") });

export async function setAccountActiveAction(_state: FormState = IDLE, formData: FormData) {
  const schema = isFormData(formData) && formData.get("isActive") === "false" ? ZSetActiveForm.extend(ZConfirmed.shape) : ZSetActiveForm;
  return runForm(formData, schema, async (input) => {
    await setAccountActive(await actorOrThrow(), { id: input.id, isActive: input.isActive });
    revalidatePath("/accounts");
    return { status: "success", message: input.isActive ? "enabledDone" : "disabledDone", values: {} };
  });
}
