"use server";

import { revalidatePath } from "next/cache";
import { IDLE, runForm, type FormState } from "@/lib/action-state";
import { ZConfirmed } from "@/lib/schemas";
import { actorOrThrow } from "@/lib/session";
import { markGoodPractice, removeGoodPractice } from "./mutations";
import { ZMarkGoodPracticeInput, ZRemoveGoodPracticeInput } from "./schemas";

function refresh() {
  revalidatePath("/good-practice");
  revalidatePath("/org/good-practice");
}

export async function markGoodPracticeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZMarkGoodPracticeInput, async (input) => {
    await markGoodPractice(await actorOrThrow(), input);
    refresh();
    return { status: "success", message: "marked", values: {} };
  });
}

export async function removeGoodPracticeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZRemoveGoodPracticeInput.extend(ZConfirmed.shape), async (input) => {
    await removeGoodPractice(await actorOrThrow(), input);
    refresh();
    return { status: "success", message: "removed", values: {} };
  });
}
