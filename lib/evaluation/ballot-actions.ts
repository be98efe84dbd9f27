"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { IDLE, runForm, typedValues, type FormState } from "@/lib/action-state";
import { clientAddress } from "@/lib/request-address";
import { submitBallot } from "./ballot";
import { isFieldsError } from "./field-errors";
import { ZBallotInput } from "./schemas";

/**
 * The villager's ballot form: no account; the address is what gets throttled and tagged. A
 * counted ballot goes on to the thank-you page (a redirect, so that a phone without JavaScript
 * does not reload the ballot of a code that is now used); a refusal comes back with what was chosen.
 */
export async function submitBallotAction(_state: FormState = IDLE, formData: FormData): Promise<FormState> {
  return runForm(formData, ZBallotInput, async (input) => {
    let roundId: string;
    try {
      ({ roundId } = await submitBallot(input, clientAddress(await headers())));
    } catch (error) {
      if (isFieldsError(error)) return { status: "error", formError: error.message, fieldErrors: error.fieldErrors, values: typedValues(formData) };
      throw error;
    }
    redirect(`/ballot/done?round=${encodeURIComponent(roundId)}`);
  });
}
