import { z } from "zod";
import { ProblemArea } from "@/lib/generated/prisma/enums";
import { ZId, ZVersion } from "@/lib/schemas";

const ZTitle = z.string().trim().min(1, { message: "REQUIRED" }).max(60, { message: "TOO_LONG" });
const ZLongText = (max: number) => z.string().trim().max(max, { message: "TOO_LONG" });
const ZRequiredText = (max: number) => z.string().trim().min(1, { message: "REQUIRED" }).max(max, { message: "TOO_LONG" });
const ZDay = z.iso.date({ message: "DATE" });

export const ZCreateProblemInput = z.object({
  /** Made by the client, so a retried submit over a flaky connection creates nothing twice. */
  id: ZId.optional(),
  villageId: ZId,
  title: ZTitle,
  description: ZLongText(2000).optional().default(""),
  area: z.enum(ProblemArea, { message: "REQUIRED" }),
  /** Opinions sorted into this problem (several opinions merge into one problem). */
  opinionIds: z.array(ZId).max(200).optional().default([]),
});

export const ZUpdateProblemInput = z.object({
  id: ZId,
  version: ZVersion,
  title: ZTitle,
  description: ZLongText(2000).optional().default(""),
  area: z.enum(ProblemArea, { message: "REQUIRED" }),
});

/** Marking a focus problem needs why it was chosen and what result is expected by when. */
export const ZSetFocusInput = z.discriminatedUnion("isFocus", [
  z.object({
    id: ZId,
    version: ZVersion,
    isFocus: z.literal(true),
    focusReason: ZRequiredText(500),
    expectedResult: ZRequiredText(500),
    expectedBy: ZDay,
    needsSupport: z.boolean().optional().default(false),
  }),
  z.object({ id: ZId, version: ZVersion, isFocus: z.literal(false) }),
]);

export const ZSavePlanInput = z.object({
  problemId: ZId,
  /** The version read; absent when writing the first plan. */
  version: ZVersion.optional(),
  measures: ZRequiredText(4000),
  timeline: ZRequiredText(1000),
  responsible: ZRequiredText(200),
});

export type TCreateProblemInput = z.infer<typeof ZCreateProblemInput>;
export type TSetFocusInput = z.infer<typeof ZSetFocusInput>;
export type TSavePlanInput = z.infer<typeof ZSavePlanInput>;
