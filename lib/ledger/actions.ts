"use server";

import { revalidatePath } from "next/cache";
import { isFormData } from "@/lib/action-state";
import { isAppError } from "@/lib/errors";
import { commitImport, dryRunImport } from "@/lib/ledger/import";
import { dropStagedImport, readStagedImport, stageImport } from "@/lib/ledger/import/staging";
import type { ImportState } from "@/lib/ledger/import/state";
import { actorOrThrow } from "@/lib/session";

/** The import form: step=check runs a dry run of the uploaded file; step=commit writes the file that passed it. */
export async function importRosterAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  // A crafted request can hand an action anything in place of its form: refused like a bad form.
  if (!isFormData(formData)) return { status: "error", formError: "INVALID" };
  try {
    const actor = await actorOrThrow();
    if (formData.get("step") === "commit") {
      const hash = String(formData.get("fileHash") ?? "");
      const name = String(formData.get("fileName") ?? "roster.csv");
      const bytes = await readStagedImport(actor.userId, hash);
      if (!bytes) return { status: "error", formError: "STAGED_MISSING" };
      const result = await commitImport(actor, { name, bytes });
      if (!result.committed) return { status: "checked", report: result.report };
      await dropStagedImport(actor.userId, hash);
      revalidatePath("/org");
      return { status: "committed", report: result.report, accounts: result.accounts };
    }
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { status: "error", formError: "FILE_REQUIRED" };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const report = await dryRunImport(actor, { name: file.name, bytes });
    if (report.ok) await stageImport(actor.userId, report.fileHash, bytes);
    return { status: "checked", report };
  } catch (error) {
    if (isAppError(error)) return { status: "error", formError: error.code };
    console.error(JSON.stringify({ level: "error", message: error instanceof Error ? error.message : String(error) }));
    return { status: "error", formError: "UNEXPECTED" };
  }
}
