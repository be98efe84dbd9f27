"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { IDLE, runForm, type FormState } from "@/lib/action-state";
import { authenticate } from "@/lib/auth/sign-in";
import { ZSignInInput } from "@/lib/auth/schemas";
import { clientAddress } from "@/lib/request-address";
import { endSession, startSession } from "@/lib/session";

export async function signInAction(_previous: FormState = IDLE, formData: FormData): Promise<FormState> {
  return runForm(formData, ZSignInInput, async (input) => {
    const user = await authenticate(input, clientAddress(await headers()));
    await startSession(user);
    redirect("/home");
  });
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/sign-in?signedOut=1");
}
