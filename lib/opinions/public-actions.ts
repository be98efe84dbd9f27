"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { IDLE, runForm, type FormState } from "@/lib/action-state";
import { clientAddress } from "@/lib/request-address";
import { submitPublicOpinion } from "./public-submissions";
import { ZPublicOpinionInput } from "./schemas";

const ZPublicOpinionForm = ZPublicOpinionInput.extend({ slug: z.string().min(1).max(64) });

/** The villager's form on the public board: no account; the address is what gets throttled. */
export async function submitPublicOpinionAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZPublicOpinionForm, async ({ slug, ...input }) => {
    await submitPublicOpinion(slug, input, clientAddress(await headers()));
    return { status: "success", message: "received", values: {} };
  });
}
