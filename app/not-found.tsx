import Link from "next/link";
import { useTranslations } from "next-intl";
import { PublicShell } from "@/components/shell/public-shell";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  const t = useTranslations("errors");
  return (
    <PublicShell>
      <div className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16 sm:px-6">
        <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
        <p className="text-ink-700">{t("notFound.body")}</p>
        <Link href="/" className={buttonClasses({ variant: "primary" })}>
          {t("backHome")}
        </Link>
      </div>
    </PublicShell>
  );
}
