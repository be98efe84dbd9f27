import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { buttonClasses } from "@/components/ui/button";
import { SkipLink } from "@/components/ui/skip-link";
import { BrandMark } from "./brand-mark";

/** Frame for pages anyone can open without an account: landing, village boards, pledge pages. */
export function PublicShell({ children }: { children: ReactNode }) {
  const t = useTranslations();

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="border-t-4 border-brand-700 border-b border-b-ink-200 bg-surface print:hidden">
        <div className="mx-auto flex max-w-5xl items-center gap-2 px-3 py-2 sm:px-6">
          <Link
            href="/"
            className="flex min-h-tap min-w-0 items-center gap-2 text-base font-bold text-ink-900 sm:text-lg"
          >
            <BrandMark size={32} />
            <span className="truncate">{t("common.appName")}</span>
          </Link>
          <div className="ml-auto flex shrink-0 items-center gap-1.5">
            <LocaleSwitcher />
            <Link href="/sign-in" className={buttonClasses({ variant: "secondary", size: "sm" })}>
              {t("nav.signIn")}
            </Link>
          </div>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>

      <footer className="border-t border-ink-200 bg-ink-900 text-ink-100 print:hidden">
        <div className="mx-auto flex max-w-5xl flex-col gap-1 px-4 py-6 text-sm sm:px-6">
          <p className="font-semibold text-white">{t("common.slogan")}</p>
          <p>{t("common.footer.tagline")}</p>
          <p className="text-ink-300">{t("common.footer.note")}</p>
        </div>
      </footer>
    </div>
  );
}
