import { z } from "zod";
import { OpinionStatus } from "@/lib/generated/prisma/enums";
import { ZOptionalPhone } from "@/lib/members/schemas";
import { ZId } from "@/lib/schemas";

/** Where the secretary heard an opinion. PUBLIC_BOARD is only ever set by submitPublicOpinion. */
export const RECORDED_SOURCES = ["MASS_MEETING", "DOOR_TO_DOOR", "MEMBER", "SUGGESTION_BOX"] as const;

export const OPINION_BODY_MAX = 500;
export const PUBLIC_OPINION_BODY_MAX = 300;

const ZRequiredText = (max: number) => z.string().trim().min(1, { message: "REQUIRED" }).max(max, { message: "TOO_LONG" });
const ZOptionalName = z.string().trim().max(30, { message: "TOO_LONG" }).optional().default("");

export const ZCreateOpinionInput = z.object({
  /** Made by the client, so a retried submit over a flaky connection creates nothing twice. */
  id: ZId.optional(),
  villageId: ZId,
  source: z.enum(RECORDED_SOURCES, { message: "REQUIRED" }),
  body: ZRequiredText(OPINION_BODY_MAX),
  authorName: ZOptionalName,
  authorPhone: ZOptionalPhone,
});

export const ZAcceptOpinionInput = z.object({ id: ZId });
export const ZSetAsideOpinionInput = z.object({ id: ZId, reason: ZRequiredText(200) });

/** What a villager may leave on the public board: short text, name and phone optional. */
export const ZPublicOpinionInput = z.object({
  /** Made by the page, so a retried submit stores the opinion once. */
  id: ZId.optional(),
  body: ZRequiredText(PUBLIC_OPINION_BODY_MAX),
  authorName: ZOptionalName,
  authorPhone: ZOptionalPhone,
});

export const ZOpinionFilter = z.object({ status: z.enum(OpinionStatus).optional() });

export type TCreateOpinionInput = z.infer<typeof ZCreateOpinionInput>;
export type TPublicOpinionInput = z.infer<typeof ZPublicOpinionInput>;
export type TOpinionFilter = z.infer<typeof ZOpinionFilter>;
