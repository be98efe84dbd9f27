"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { IDLE, isFormData, runForm, typedValues, type FormState } from "@/lib/action-state";
import { boardChanged } from "@/lib/public/invalidate";
import { actorOrThrow } from "@/lib/session";
import { isFieldsError } from "./field-errors";
import { generateCodes, voidBatch } from "./mutations/batches";
import { recordMemberBallot } from "./mutations/member-ballots";
import { assessPledge, closeRound, openRound } from "./mutations/rounds";
import { enterFirstTally, enterSecondTally } from "./mutations/tallies";
import { buildSlips, type Slip } from "./slips";
import {
  ZAssessPledgeInput, ZCloseRoundInput, ZFirstTallyInput, ZGenerateCodesInput, ZMemberBallotInput, ZOpenRoundInput, ZSecondTallyInput,
  ZVoidBatchInput,
} from "./schemas";

// The evaluation forms' actions: parse with the data layer's schema, one data-layer call,
// refresh the pages that show the round. Errors that belong under several fields at once (a
// ballot or tally with gaps) come back as field errors of each.

const roundPath = (id: string) => `/village/evaluation/${id}`;

function refresh(roundId?: string) {
  revalidatePath("/village/evaluation", "layout");
  revalidatePath("/review/tallies", "layout");
  if (roundId) revalidatePath(roundPath(roundId));
}

const ok = (message: string): FormState => ({ status: "success", message, values: {} });

/** Runs a form whose data-layer call may refuse several fields at once (FieldsError). */
function runWithFields<T extends z.ZodType>(formData: FormData, schema: T, run: (input: z.infer<T>) => Promise<FormState | void>, options?: { arrays?: readonly string[] }) {
  return runForm(
    formData,
    schema,
    async (input) => {
      try {
        return await run(input);
      } catch (error) {
        if (isFieldsError(error)) return { status: "error", formError: error.message, fieldErrors: error.fieldErrors, values: typedValues(formData) } satisfies FormState;
        throw error;
      }
    },
    options,
  );
}

export async function openRoundAction(_state: FormState = IDLE, formData: FormData) {
  const state = await runForm(
    formData,
    ZOpenRoundInput,
    async (input) => {
      const round = await openRound(await actorOrThrow(), input);
      refresh(round.id);
      redirect(`${roundPath(round.id)}?opened=1`);
    },
    { arrays: ["pledgeIds", "groups"] },
  );
  // Ticked boxes repeat a name; the form gets them back as one comma-separated value each.
  if (state.status === "error" && isFormData(formData)) {
    state.values = { ...state.values, pledgeIds: formData.getAll("pledgeIds").join(","), groups: formData.getAll("groups").join(",") };
  }
  return state;
}

export async function closeRoundAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZCloseRoundInput, async (input) => {
    const closed = await closeRound(await actorOrThrow(), input);
    refresh(input.id);
    // The results go public with the close: the board shows them on its next request.
    await boardChanged({ villageId: closed.villageId });
    return ok("closed");
  });
}

/** What the generate form gets back: the slips to print, once. Nothing of them is kept on the server. */
export type SlipsState = FormState & { slips?: { batchId: string; group: string; createdAt: string; items: Slip[] } };

export async function generateCodesAction(_state: SlipsState = IDLE, formData: FormData): Promise<SlipsState> {
  return runForm(formData, ZGenerateCodesInput, async (input) => {
    const batch = await generateCodes(await actorOrThrow(), input);
    refresh(batch.roundId);
    const items = await buildSlips(batch.codes);
    return { ...ok("generated"), slips: { batchId: batch.id, group: batch.group, createdAt: batch.createdAt.toISOString(), items } } as SlipsState;
  });
}

export async function voidBatchAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZVoidBatchInput, async (input) => {
    await voidBatch(await actorOrThrow(), input);
    refresh(String(formData.get("roundId") ?? "") || undefined);
    return ok("voided");
  });
}

export async function recordMemberBallotAction(_state: FormState = IDLE, formData: FormData) {
  return runWithFields(formData, ZMemberBallotInput, async (input) => {
    await recordMemberBallot(await actorOrThrow(), input);
    refresh(input.roundId);
    return ok("recorded");
  });
}

export async function enterFirstTallyAction(_state: FormState = IDLE, formData: FormData) {
  return runWithFields(formData, ZFirstTallyInput, async (input) => {
    const result = await enterFirstTally(await actorOrThrow(), input);
    refresh(input.roundId);
    return ok(result.tallies.some((tally) => tally.status === "DISPUTED") ? "tallyDisputed" : result.tallies.every((tally) => tally.status === "CONFIRMED") ? "tallyConfirmed" : "tallyFirst");
  });
}

export async function enterSecondTallyAction(_state: FormState = IDLE, formData: FormData) {
  return runWithFields(formData, ZSecondTallyInput, async (input) => {
    const result = await enterSecondTally(await actorOrThrow(), input);
    refresh(input.roundId);
    return ok(result.tallies.some((tally) => tally.status === "DISPUTED") ? "tallyDisputed" : "tallyConfirmed");
  });
}

export async function assessPledgeAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZAssessPledgeInput, async (input) => {
    const assessed = await assessPledge(await actorOrThrow(), input);
    refresh(input.roundId);
    await boardChanged({ villageId: assessed.villageId });
    return ok("assessed");
  });
}
