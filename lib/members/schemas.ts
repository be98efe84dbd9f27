import { z } from "zod";
import { ZId, ZPersonName, ZVersion } from "@/lib/schemas";

/** An optional mobile number: blank is none; otherwise 11 digits starting with 1 (spaces and dashes dropped). */
export const ZOptionalPhone = z
  .string()
  .optional()
  .default("")
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^(1\d{10})?$/, { message: "PHONE_FORMAT" }));

/** Skills in the member's own words (养殖、运输…), shown while the secretary writes his pledge. */
const ZSkills = z.string().trim().max(200, { message: "TOO_LONG" }).optional().default("");

export const ZCreateMemberInput = z.object({
  /** Made by the client, so a retried submit over a flaky connection creates nothing twice. */
  id: ZId.optional(),
  villageId: ZId,
  name: ZPersonName,
  phone: ZOptionalPhone,
  skills: ZSkills,
});

export const ZUpdateMemberInput = z.object({
  id: ZId,
  version: ZVersion,
  name: ZPersonName,
  phone: ZOptionalPhone,
  skills: ZSkills,
});

/** Forms post "true"/"false"; the data layer also takes booleans. */
const ZBooleanish = z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean());

export const ZSetMemberActiveInput = z.object({ id: ZId, isActive: ZBooleanish, version: ZVersion.optional() });
export const ZDeleteMemberInput = z.object({ id: ZId });

export type TCreateMemberInput = z.infer<typeof ZCreateMemberInput>;
export type TUpdateMemberInput = z.infer<typeof ZUpdateMemberInput>;
