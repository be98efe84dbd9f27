"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { IDLE, isFormData, runForm, type FormState } from "@/lib/action-state";
import { boardChanged } from "@/lib/public/invalidate";
import { actorOrThrow } from "@/lib/session";
import { createMember, deleteMember, setMemberActive, updateMember } from "./mutations";
import { ZCreateMemberInput, ZDeleteMemberInput, ZSetMemberActiveInput, ZUpdateMemberInput } from "./schemas";

const PAGE = "/village/members";

// Destructive acts carry confirm=yes (the ConfirmButton's dialog, or its checkbox without JS).
const ZConfirmed = z.object({ confirm: z.literal("yes", { message: "REQUIRED" }) });

export async function createMemberAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZCreateMemberInput, async (input) => {
    await createMember(await actorOrThrow(), input);
    revalidatePath(PAGE);
    return { status: "success", message: "added", values: {} };
  });
}

export async function updateMemberAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZUpdateMemberInput, async (input) => {
    const actor = await actorOrThrow();
    await updateMember(actor, input);
    revalidatePath(PAGE);
    // Members' names head their pledges on the public board.
    if (actor.villageId) await boardChanged({ villageId: actor.villageId });
    return { status: "success", message: "saved", values: {} };
  });
}

/** Deactivating asks first; reactivating does not. */
export async function setMemberActiveAction(_state: FormState = IDLE, formData: FormData) {
  const schema = isFormData(formData) && formData.get("isActive") === "false" ? ZSetMemberActiveInput.extend(ZConfirmed.shape) : ZSetMemberActiveInput;
  return runForm(formData, schema, async (input) => {
    await setMemberActive(await actorOrThrow(), { id: input.id, isActive: input.isActive, version: input.version });
    revalidatePath(PAGE);
    return { status: "success", message: input.isActive ? "reactivated" : "deactivated", values: {} };
  });
}

export async function deleteMemberAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZDeleteMemberInput.extend(ZConfirmed.shape), async (input) => {
    await deleteMember(await actorOrThrow(), { id: input.id });
    revalidatePath(PAGE);
    return { status: "success", message: "deleted", values: {} };
  });
}
