import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";

/**
 * What every form action returns to useActionState: field errors and a form error as message
 * codes (the form translates them), and the values the user typed, so nothing is lost.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: string;
  values?: Record<string, string>;
  message?: string;
};

export const IDLE: FormState = { status: "idle" };

const SECRET_FIELDS = new Set(["password", "currentPassword", "newPassword"]);

export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELDS.has(key)) values[key] = value;
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    (fieldErrors[field] ??= []).push(issue.message.match(/^[A-Z_]+$/) ? issue.message : "INVALID");
  }
  return fieldErrors;
}

/** Turns a thrown error into form state: AppErrors by code (under their field), others logged. */
export function errorState(error: unknown, values: Record<string, string>): FormState {
  if (isAppError(error)) {
    if (error.field) return { status: "error", fieldErrors: { [error.field]: [error.message] }, values };
    return { status: "error", formError: error.message, values };
  }
  const requestId = randomUUID().slice(0, 8);
  console.error(JSON.stringify({ level: "error", requestId, message: error instanceof Error ? error.message : String(error) }));
  return { status: "error", formError: "UNEXPECTED", values, message: requestId };
}

/**
 * The action pipeline: parse with the form's schema, run one data-layer call, report.
 * Redirects thrown by `run` (Next's control flow) pass through untouched.
 */
export async function runForm<T extends z.ZodType>(
  formData: FormData,
  schema: T,
  run: (input: z.infer<T>) => Promise<FormState | void>,
  /** Fields that may repeat (several photos in one file input): parsed as arrays. */
  options: { arrays?: readonly string[] } = {},
): Promise<FormState> {
  if (!isFormData(formData)) return { status: "error", formError: "INVALID", values: {} };
  const values = typedValues(formData);
  // PostgreSQL text cannot hold a NUL character: a field with one is refused here, not by the database.
  const withNul = [...formData.entries()].filter(([key, value]) => key.includes("\0") || (typeof value === "string" && value.includes("\0")));
  if (withNul.length > 0) return { status: "error", fieldErrors: Object.fromEntries(withNul.map(([key]) => [key, ["INVALID"]])), values };
  const raw: Record<string, unknown> = Object.fromEntries(formData.entries());
  for (const field of options.arrays ?? []) {
    raw[field] = formData.getAll(field);
    // Ids and the like: kept as one comma-joined value, so ticked boxes come back ticked.
    values[field] = formData.getAll(field).filter((v) => typeof v === "string").join(",");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    return (await run(parsed.data)) ?? { status: "success", values: {} };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    return errorState(error, values);
  }
}

/**
 * Whether an action was handed a form. A crafted request can call a server action with anything in
 * its place (React decodes plain objects and Maps from a request body too); that is refused, not a 500.
 */
export function isFormData(value: unknown): value is FormData {
  return typeof (value as FormData | null)?.entries === "function" && typeof (value as FormData).getAll === "function";
}

function isNextControlFlow(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest === "NEXT_NOT_FOUND" || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
