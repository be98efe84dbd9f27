"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { IDLE, runForm, type FormState } from "@/lib/action-state";
import { boardChanged } from "@/lib/public/invalidate";
import { actorOrThrow } from "@/lib/session";
import { createProblem, savePlan, setFocus, updateProblem } from "./mutations";
import { ZCreateProblemInput, ZSavePlanInput, ZSetFocusInput, ZUpdateProblemInput } from "./schemas";

/** The focus form posts strings; turned into the data layer's input so every field error shows at once. */
const ZFocusForm = z.preprocess((raw) => {
  const form = raw as Record<string, string | undefined>;
  return { ...form, isFocus: form.isFocus === "true", needsSupport: form.needsSupport === "on" };
}, ZSetFocusInput);

export async function createProblemAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(
    formData,
    ZCreateProblemInput,
    async (input) => {
      await createProblem(await actorOrThrow(), input);
      revalidatePath("/village/problems");
      revalidatePath("/village/opinions");
    },
    { arrays: ["opinionIds"] },
  );
}

export async function updateProblemAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZUpdateProblemInput, async (input) => {
    const actor = await actorOrThrow();
    await updateProblem(actor, input);
    revalidatePath("/village/problems");
    // Focus problems and their plans are on the public board.
    if (actor.villageId) await boardChanged({ villageId: actor.villageId });
    return { status: "success", message: "saved", values: {} };
  });
}

export async function setFocusAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZFocusForm, async (input) => {
    const actor = await actorOrThrow();
    await setFocus(actor, input);
    revalidatePath("/village/problems");
    // Focus problems and their plans are on the public board.
    if (actor.villageId) await boardChanged({ villageId: actor.villageId });
    return { status: "success", message: "saved", values: {} };
  });
}

export async function savePlanAction(_state: FormState = IDLE, formData: FormData) {
  const schema = ZSavePlanInput.extend({ version: z.preprocess((v) => (v === "" ? undefined : v), ZSavePlanInput.shape.version) });
  return runForm(formData, schema, async (input) => {
    const actor = await actorOrThrow();
    await savePlan(actor, input);
    revalidatePath("/village/problems");
    // Focus problems and their plans are on the public board.
    if (actor.villageId) await boardChanged({ villageId: actor.villageId });
    return { status: "success", message: "saved", values: {} };
  });
}
