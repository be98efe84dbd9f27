import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { boardPath } from "@/lib/public/fields";

/** Above the sheets on screen only: what this is, how to print it, the way back. Never printed. */
export function PrintToolbar({ slug, paper, children }: { slug: string; paper: "A4" | "A3"; children?: ReactNode }) {
  const t = useTranslations("print");
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-3 px-2 pb-4 print:hidden">
      {children}
      <p className="text-ink-800">{t("screenHint", { paper })}</p>
      <p>
        <Link href={boardPath(slug)} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          {t("backToBoard")}
        </Link>
      </p>
    </div>
  );
}
