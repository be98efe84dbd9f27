import { z } from "zod";
import { ZCheckbox, ZId, ZPlaceName, ZVersion } from "@/lib/schemas";

export const ZCountyInput = z.object({ name: ZPlaceName });
export const ZUpdateCountyInput = ZCountyInput.extend({ id: ZId, version: ZVersion });

export const ZTownshipInput = z.object({ countyId: ZId, name: ZPlaceName });
export const ZUpdateTownshipInput = ZTownshipInput.omit({ countyId: true }).extend({ id: ZId, version: ZVersion });

export const ZVillageInput = z.object({
  townshipId: ZId,
  name: ZPlaceName,
  /** Defaults to the village name + 党支部 when left empty. */
  branchName: z.string().trim().max(60, { message: "TOO_LONG" }).optional().default(""),
  households: z.coerce
    .number({ message: "NUMBER" })
    .int({ message: "WHOLE_NUMBER" })
    .min(1, { message: "TOO_SMALL" })
    .max(100000, { message: "TOO_LARGE" }),
  isPastoral: ZCheckbox,
});
export const ZUpdateVillageInput = ZVillageInput.omit({ townshipId: true }).extend({ id: ZId, version: ZVersion });

export const ZDepartmentInput = z.object({ countyId: ZId, name: ZPlaceName });
export const ZUpdateDepartmentInput = ZDepartmentInput.omit({ countyId: true }).extend({ id: ZId, version: ZVersion });

/** Pairs a department with a village of its county (上下联动), or ends the pairing. */
export const ZSetPairingInput = z.object({ departmentId: ZId, villageId: ZId, paired: ZCheckbox });

export type TCountyInput = z.infer<typeof ZCountyInput>;
export type TUpdateCountyInput = z.infer<typeof ZUpdateCountyInput>;
export type TTownshipInput = z.infer<typeof ZTownshipInput>;
export type TUpdateTownshipInput = z.infer<typeof ZUpdateTownshipInput>;
export type TVillageInput = z.infer<typeof ZVillageInput>;
export type TUpdateVillageInput = z.infer<typeof ZUpdateVillageInput>;
export type TDepartmentInput = z.infer<typeof ZDepartmentInput>;
export type TUpdateDepartmentInput = z.infer<typeof ZUpdateDepartmentInput>;
