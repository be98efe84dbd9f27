import { z } from "zod";

/** Mainland mobile numbers: 11 digits starting with 1. Spaces and dashes are forgiven. */
export const ZPhone = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^1\d{10}$/, { message: "PHONE_FORMAT" }));

export const ZSignInInput = z.object({
  phone: ZPhone,
  password: z.string().min(1, { message: "PASSWORD_REQUIRED" }).max(128, { message: "PASSWORD_TOO_LONG" }),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

/** New passwords: long enough to resist guessing, short enough to type on a phone. */
export const ZNewPassword = z
  .string()
  .min(8, { message: "PASSWORD_TOO_SHORT" })
  .max(128, { message: "PASSWORD_TOO_LONG" });
