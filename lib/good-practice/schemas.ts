import { z } from "zod";
import { ZId } from "@/lib/schemas";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Marking a village or one of its published pledges as good practice (典型经验), with why. */
export const ZMarkGoodPracticeInput = z
  .object({
    /** Made by the client, so a retried submit marks once. */
    id: z.preprocess(blankToUndefined, ZId.optional()),
    villageId: z.preprocess(blankToUndefined, ZId.optional()),
    pledgeId: z.preprocess(blankToUndefined, ZId.optional()),
    note: z.string().trim().min(1, { message: "REQUIRED" }).max(500, { message: "TOO_LONG" }),
  })
  .refine((input) => Boolean(input.villageId) !== Boolean(input.pledgeId), { message: "REQUIRED", path: ["villageId"] });

export const ZRemoveGoodPracticeInput = z.object({ id: ZId });
