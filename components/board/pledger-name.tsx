import { useTranslations } from "next-intl";
import type { PublicPledger } from "@/lib/public/board";

/** A function naming pledgers: "党支部" / "党员 张三" / "柯鲁柯镇（乡镇）" / "县农牧局（县直部门）". */
export function usePledgerLabel() {
  const t = useTranslations("publicBoard.pledgers");
  return (pledger: Pick<PublicPledger, "kind" | "name">) => t(pledger.kind, { name: pledger.name });
}
