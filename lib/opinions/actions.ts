"use server";

import { revalidatePath } from "next/cache";
import { IDLE, runForm, type FormState } from "@/lib/action-state";
import { actorOrThrow } from "@/lib/session";
import { acceptOpinion, createOpinion, setAsideOpinion } from "./mutations";
import { ZAcceptOpinionInput, ZCreateOpinionInput, ZSetAsideOpinionInput } from "./schemas";

const PAGE = "/village/opinions";

export async function createOpinionAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZCreateOpinionInput, async (input) => {
    await createOpinion(await actorOrThrow(), input);
    revalidatePath(PAGE);
    return { status: "success", message: "recorded", values: {} };
  });
}

export async function acceptOpinionAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZAcceptOpinionInput, async (input) => {
    await acceptOpinion(await actorOrThrow(), input);
    revalidatePath(PAGE);
    return { status: "success", message: "accepted", values: {} };
  });
}

export async function setAsideOpinionAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZSetAsideOpinionInput, async (input) => {
    await setAsideOpinion(await actorOrThrow(), input);
    revalidatePath(PAGE);
    return { status: "success", message: "setAside", values: {} };
  });
}
