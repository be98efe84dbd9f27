"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { IDLE, runForm, type FormState } from "@/lib/action-state";
import { boardChanged } from "@/lib/public/invalidate";
import { ZConfirmed } from "@/lib/schemas";
import { actorOrThrow } from "@/lib/session";
import { createPledge, createUpwardPledge, submitPledge, updatePledge } from "./mutations/draft";
import { addProgress, amendPledge, closePledge, explainPledge } from "./mutations/follow-through";
import { approvePledge, publishPledge, returnPledge } from "./mutations/review";
import {
  ZAmendPledgeInput, ZApprovePledgeInput, ZClosePledgeInput, ZExplainPledgeInput, ZPledgeDraftInput, ZPledgeStepInput,
  ZProgressInput, ZReturnPledgeInput, ZUpdatePledgeInput, ZUpwardPledgeInput,
} from "./schemas";

// The pledge forms' actions. Each parses with the data layer's own schema, makes one data-layer
// call, and refreshes every signed-in page that shows the pledge (the list, its page, the review
// queue, the member roster's counts and the home tiles), and the public board once the pledge is
// on it.

const pledgePath = (id: string) => `/village/pledges/${id}`;

async function refresh(id: string, options: { onBoard?: boolean } = {}) {
  revalidatePath("/village/pledges", "layout");
  revalidatePath("/village/members");
  revalidatePath("/review");
  revalidatePath("/support");
  revalidatePath("/home");
  revalidatePath(pledgePath(id));
  if (options.onBoard) await boardChanged({ pledgeId: id });
}
const PUBLIC = { onBoard: true } as const;

const ok = (message: string): FormState => ({ status: "success", message, values: {} });

// A step that changes which forms the page shows (the form that was used disappears) redirects to
// the page with `?done=<what>`, which the page says at the top; the others answer in the form.

/** Saves a new draft and opens its page, where the flags are shown and it can be submitted. */
export async function createPledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZPledgeDraftInput, async (input) => {
    const { id } = await createPledge(await actorOrThrow(), input);
    await refresh(id);
    redirect(`${pledgePath(id)}?done=saved`);
  });
}

export async function createUpwardPledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZUpwardPledgeInput, async (input) => {
    const { id } = await createUpwardPledge(await actorOrThrow(), input);
    await refresh(id);
    redirect(`${pledgePath(id)}?done=saved`);
  });
}

export async function updatePledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZUpdatePledgeInput, async (input) => {
    await updatePledge(await actorOrThrow(), input);
    await refresh(input.id);
    redirect(`${pledgePath(input.id)}?done=saved`);
  });
}

export async function amendPledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZAmendPledgeInput, async (input) => {
    await amendPledge(await actorOrThrow(), input);
    await refresh(input.id, PUBLIC);
    redirect(`${pledgePath(input.id)}?done=amended`);
  });
}

export async function submitPledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZPledgeStepInput, async (input) => {
    await submitPledge(await actorOrThrow(), input);
    await refresh(input.id);
    redirect(`${pledgePath(input.id)}?done=submitted`);
  });
}

export async function publishPledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZPledgeStepInput, async (input) => {
    await publishPledge(await actorOrThrow(), input);
    await refresh(input.id, PUBLIC);
    redirect(`${pledgePath(input.id)}?done=published`);
  });
}

export async function approvePledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZApprovePledgeInput, async (input) => {
    const { status } = await approvePledge(await actorOrThrow(), input);
    await refresh(input.id, PUBLIC);
    // The reviewed pledge leaves the queue, and its form with it: the outcome is said above the queue.
    redirect(`/review?done=${status === "PUBLISHED" ? "approvedPublished" : "approvedHeld"}`);
  });
}

export async function returnPledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZReturnPledgeInput, async (input) => {
    await returnPledge(await actorOrThrow(), input);
    await refresh(input.id);
    redirect("/review?done=returned");
  });
}

export async function addProgressAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(
    formData,
    ZProgressInput,
    async (input) => {
      await addProgress(await actorOrThrow(), input);
      await refresh(input.pledgeId, PUBLIC);
      return ok("progressAdded");
    },
    { arrays: ["files"] },
  );
}

/** Closing is final: it asks first (confirm=yes). */
export async function closePledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZClosePledgeInput.extend(ZConfirmed.shape), async (input) => {
    await closePledge(await actorOrThrow(), input);
    await refresh(input.id, PUBLIC);
    redirect(`${pledgePath(input.id)}?done=closed`);
  });
}

export async function explainPledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZExplainPledgeInput, async (input) => {
    await explainPledge(await actorOrThrow(), input);
    await refresh(input.id, PUBLIC);
    return ok("explained");
  });
}
