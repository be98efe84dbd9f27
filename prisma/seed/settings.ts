// What the demo is: its random seed, the day it is seen on, and the accounts to sign in with.
import type { Role } from "@/lib/generated/prisma/client";

export const SEED = 20260301;
export const DEMO_PASSWORD = "Pledge@2026";

/** The demo is seen on 2026-11-25: deadlines before it have passed. Never later than the clock. */
export const NOW = new Date(Math.min(Date.now(), Date.parse("2026-11-25T09:00:00+08:00")));
export const HOUR = 3_600_000;

/** The demo accounts, all at 德令哈市 → 柯鲁柯镇 → 希望村, with 德令哈市's 县农牧局. */
export const DEMO_ACCOUNTS = [
  { phone: "13900000001", role: "PREFECTURE_ORGANISER", name: "马建国" },
  { phone: "13900000002", role: "COUNTY_ORGANISER", name: "李红梅" },
  { phone: "13900000003", role: "TOWNSHIP_OFFICER", name: "才让多杰" },
  { phone: "13900000004", role: "DEPARTMENT_OFFICER", name: "王立新" },
  { phone: "13900000005", role: "VILLAGE_SECRETARY", name: "韩永福" },
] as const satisfies readonly { phone: string; role: Role; name: string }[];

export const DEMO_COUNTY = "德令哈市";
export const DEMO_TOWNSHIP = "柯鲁柯镇";
export const DEMO_VILLAGE = "希望村";
export const DEMO_DEPARTMENT = "县农牧局";
