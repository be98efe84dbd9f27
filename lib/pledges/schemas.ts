import { z } from "zod";
import { PledgerKind, ProblemArea } from "@/lib/generated/prisma/enums";
import { ZCheckbox, ZId, ZVersion } from "@/lib/schemas";

// Inputs of the pledge data layer, shared by the forms and the actions. Messages are codes; the
// forms translate them. A flagged (vague) pledge is still a valid input: the vagueness check
// (vagueness.ts) is advice and a review gate, not a parse error.

/** An empty form field is "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const ZRequiredText = (max: number) => z.string().trim().min(1, { message: "REQUIRED" }).max(max, { message: "TOO_LONG" });
const ZOptionalText = (max: number) => z.string().trim().max(max, { message: "TOO_LONG" }).optional().default("");
const ZOptionalId = z.preprocess(blankToUndefined, ZId.optional());

/** A day "YYYY-MM-DD"; whether it lies inside the campaign is checked by the data layer. */
export const ZDueOn = z.preprocess(
  blankToUndefined,
  z.iso.date({ error: (issue) => (issue.input === undefined ? "REQUIRED" : "DATE") }),
);

/** How much: a positive decimal with at most two places ("12", "0.5"); "很多" is no number. */
export const ZQuantity = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : blankToUndefined(value)),
  z
    .string()
    .trim()
    .refine((value) => /^\d{1,10}(?:\.\d{1,2})?$/.test(value) && Number(value) > 0, { message: "NUMBER" })
    .optional(),
);

/** The public words of a pledge: what, how much, where or for whom, by when, who, how it is checked. */
export const ZPledgeTextFields = z.object({
  area: z.enum(ProblemArea, { message: "REQUIRED" }),
  action: ZRequiredText(500),
  quantity: ZQuantity,
  unit: z.preprocess(blankToUndefined, z.string().trim().max(10, { message: "TOO_LONG" }).optional()),
  placeOrBeneficiaries: ZOptionalText(200),
  dueOn: ZDueOn,
  responsiblePerson: ZOptionalText(50),
  verification: ZOptionalText(300),
});

export const ZPledgeDraftInput = ZPledgeTextFields.extend({
  /** Made by the client, so a retried submit over a flaky connection creates nothing twice. */
  id: ZOptionalId,
  villageId: ZId,
  /** BRANCH and MEMBER for now; TOWNSHIP and DEPARTMENT (upward support) come with their own issue. */
  pledgerKind: z.enum(PledgerKind, { message: "REQUIRED" }),
  memberId: ZOptionalId,
  /** The focus problem the pledge serves, of the same village. */
  problemId: ZOptionalId,
}).superRefine((input, ctx) => {
  if (input.pledgerKind === "MEMBER" && !input.memberId) ctx.addIssue({ code: "custom", path: ["memberId"], message: "REQUIRED" });
});

/**
 * An upward pledge (上下联动): a township or a county department pledges support to one of a
 * village's focus problems. Who pledges follows from the account (its township or department).
 */
export const ZUpwardPledgeInput = ZPledgeTextFields.extend({
  id: ZOptionalId,
  villageId: ZId,
  problemId: z.preprocess(blankToUndefined, ZId.optional()).refine((value) => value !== undefined, { message: "REQUIRED" }),
});

/** Editing a draft or a returned pledge: the version read, the text, and the problem served. */
export const ZUpdatePledgeInput = ZPledgeTextFields.extend({
  id: ZId,
  version: ZVersion,
  memberId: ZOptionalId,
  problemId: ZOptionalId,
});

/** Submit, publish: the pledge and the version the user saw. */
export const ZPledgeStepInput = z.object({ id: ZId, version: ZVersion });

export const ZApprovePledgeInput = z.object({
  id: ZId,
  version: ZVersion,
  /** Required when the vagueness check flagged the pledge: why it may be published anyway. */
  overrideReason: ZOptionalText(500),
});

export const ZReturnPledgeInput = z.object({ id: ZId, version: ZVersion, comment: ZRequiredText(500) });

/** A progress update (兑现进展): text and photos (checked by content on the server). */
export const ZProgressInput = z.object({
  /** Made by the client, so a retried upload creates one update. */
  id: ZOptionalId,
  pledgeId: ZId,
  body: ZRequiredText(1000),
  /** A form's empty file input arrives as an empty file: it is no photo. */
  files: z.preprocess(
    (value) => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).filter((file) => !(file instanceof Blob && file.size === 0)),
    z.array(z.instanceof(Blob, { message: "NOT_AN_IMAGE" })).max(6, { message: "TOO_MANY" }),
  ),
  /** Keep the photos' EXIF location (off by default: a herder's winter pasture is nobody's business). */
  keepLocation: ZCheckbox.optional().default(false),
});

export const CLOSE_OUTCOMES = ["DONE", "PARTLY_DONE", "NOT_DONE", "WITHDRAWN"] as const;

/** Closing a published pledge: done needs evidence; the others need a public explanation. */
export const ZClosePledgeInput = z.object({
  id: ZId,
  version: ZVersion,
  outcome: z.enum(CLOSE_OUTCOMES, { message: "REQUIRED" }),
  explanation: ZOptionalText(1000),
});

/** A public explanation for a late pledge that stays open (the overdue mark stays until there is one). */
export const ZExplainPledgeInput = z.object({ id: ZId, version: ZVersion, explanation: ZRequiredText(1000) });

/** Changing a published pledge's text: a new public version, with the reason. */
export const ZAmendPledgeInput = ZPledgeTextFields.extend({
  id: ZId,
  version: ZVersion,
  reason: ZOptionalText(500),
});

export type TPledgeTextFields = z.infer<typeof ZPledgeTextFields>;
export type TPledgeDraftInput = z.infer<typeof ZPledgeDraftInput>;
export type TUpwardPledgeInput = z.infer<typeof ZUpwardPledgeInput>;
export type TUpdatePledgeInput = z.infer<typeof ZUpdatePledgeInput>;
export type TProgressInput = z.infer<typeof ZProgressInput>;
export type TClosePledgeInput = z.infer<typeof ZClosePledgeInput>;
export type TExplainPledgeInput = z.infer<typeof ZExplainPledgeInput>;
export type TAmendPledgeInput = z.infer<typeof ZAmendPledgeInput>;
