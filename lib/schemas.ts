import { z } from "zod";
import { AppError } from "@/lib/errors";

// Reusable field schemas. Messages are codes; forms translate them (messages/*.json errors.fields).

export const ZId = z.string().min(1).max(64);
export const ZVersion = z.coerce.number().int().min(1);

/** A short name of a place or unit: trimmed, 1–50 characters. */
export const ZPlaceName = z
  .string()
  .trim()
  .min(1, { message: "REQUIRED" })
  .max(50, { message: "TOO_LONG" });

export const ZPersonName = z
  .string()
  .trim()
  .min(1, { message: "REQUIRED" })
  .max(30, { message: "TOO_LONG" });

/** A checkbox: present ("on") is true, absent is false. */
export const ZCheckbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** Destructive acts carry confirm=yes (ConfirmButton's dialog, or its checkbox without JS). */
export const ZConfirmed = z.object({ confirm: z.literal("yes", { message: "REQUIRED" }) });

export const ZPage = z.coerce.number().int().min(1).max(100000).catch(1);

/** Parses a data-layer input; a malformed one is an INVALID AppError, never a crash. */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new AppError("INVALID", "INVALID", String(result.error.issues[0]?.path[0] ?? ""));
  return result.data;
}
