"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { IDLE, runForm, type FormState } from "@/lib/action-state";
import { allBoardsChanged, boardChanged, directoryChanged } from "@/lib/public/invalidate";
import { actorOrThrow } from "@/lib/session";
import * as mutations from "./mutations";
import {
  ZCountyInput, ZDepartmentInput, ZSetPairingInput, ZTownshipInput, ZUpdateCountyInput, ZUpdateDepartmentInput,
  ZUpdateTownshipInput, ZUpdateVillageInput, ZVillageInput,
} from "./schemas";

// parse → one data-layer call → revalidate → state or redirect. Creates stay on the page with
// an empty form; edits return to the overview.

export async function createCountyAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZCountyInput, async (input) => {
    await mutations.createCounty(await actorOrThrow(), input);
    revalidatePath("/org");
    directoryChanged();
  });
}

export async function updateCountyAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZUpdateCountyInput, async (input) => {
    await mutations.updateCounty(await actorOrThrow(), input);
    revalidatePath("/org");
    allBoardsChanged();
    redirect("/org?saved=1");
  });
}

export async function createTownshipAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZTownshipInput, async (input) => {
    await mutations.createTownship(await actorOrThrow(), input);
    revalidatePath("/org");
    directoryChanged();
  });
}

export async function updateTownshipAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZUpdateTownshipInput, async (input) => {
    await mutations.updateTownship(await actorOrThrow(), input);
    revalidatePath("/org");
    allBoardsChanged();
    redirect("/org?saved=1");
  });
}

export async function createVillageAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZVillageInput, async (input) => {
    await mutations.createVillage(await actorOrThrow(), input);
    revalidatePath("/org");
    directoryChanged();
  });
}

export async function updateVillageAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZUpdateVillageInput, async (input) => {
    await mutations.updateVillage(await actorOrThrow(), input);
    revalidatePath("/org");
    // The village's name and branch head its public board and the directory.
    await boardChanged({ villageId: input.id });
    directoryChanged();
    redirect("/org?saved=1");
  });
}

export async function createDepartmentAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZDepartmentInput, async (input) => {
    await mutations.createDepartment(await actorOrThrow(), input);
    revalidatePath("/org");
  });
}

export async function updateDepartmentAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZUpdateDepartmentInput, async (input) => {
    await mutations.updateDepartment(await actorOrThrow(), input);
    revalidatePath("/org");
    allBoardsChanged();
    redirect("/org?saved=1");
  });
}

/** Pairs a department with a village, or ends the pairing; stays on the department's page. */
export async function setPairingAction(_state: FormState = IDLE, formData: FormData) {
  return runForm(formData, ZSetPairingInput, async (input) => {
    await mutations.setPairing(await actorOrThrow(), input);
    revalidatePath(`/org/edit/department/${input.departmentId}`);
    revalidatePath("/org");
    return { status: "success", message: input.paired ? "paired" : "unpaired", values: {} };
  });
}
