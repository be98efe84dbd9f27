import { z } from "zod";
import { ZNewPassword, ZPhone } from "@/lib/auth/schemas";
import { Role } from "@/lib/generated/prisma/enums";
import { ZId, ZPersonName, ZVersion } from "@/lib/schemas";

export const ZCreateAccountInput = z.object({
  name: ZPersonName,
  phone: ZPhone,
  role: z.enum(Role, { message: "REQUIRED" }),
  /** The id of the place that matches the role: county, township, department or village. */
  placeId: z.string().trim().max(64).optional().default(""),
  password: ZNewPassword,
});

export const ZResetPasswordInput = z.object({ id: ZId, password: ZNewPassword });
export const ZSetAccountActiveInput = z.object({ id: ZId, isActive: z.boolean(), version: ZVersion.optional() });

export type TCreateAccountInput = z.infer<typeof ZCreateAccountInput>;
