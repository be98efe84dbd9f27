import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { cn } from "@/components/ui/cn";
import { SkipLink } from "@/components/ui/skip-link";
import { BrandMark } from "./brand-mark";
import { SignOutIcon } from "./nav-icons";
import { BottomNavLinks, SidebarNavLinks, type NavItem } from "./nav-links";

export type AppShellUser = {
  name: string;
  /** Already translated, e.g. t("roles.VILLAGE_SECRETARY"). */
  roleLabel: string;
  /** Where the user works, e.g. "都兰县 · 香日德镇". */
  scopeLabel: string;
};

export type AppShellProps = {
  user: AppShellUser;
  /** In priority order: on phones only the first five fit in the bottom bar (the rest go under "More"). */
  nav: NavItem[];
  children: ReactNode;
};

/**
 * Frame for signed-in pages. Desktop (md and up): sidebar navigation and a header with the user.
 * Phone: a compact top bar and a fixed bottom navigation bar within thumb reach.
 */
export function AppShell({ user, nav, children }: AppShellProps) {
  const t = useTranslations();
  // The brand links to the signed-in home (the first nav item), not back to the public landing.
  const homeHref = nav[0]?.href ?? "/";

  return (
    <>
      <SkipLink />
      <div className="min-h-dvh md:grid md:grid-cols-[15rem_minmax(0,1fr)]">
        <aside className="hidden border-r border-ink-200 bg-surface md:sticky md:top-0 md:flex md:h-dvh md:flex-col md:overflow-y-auto">
          <Link
            href={homeHref}
            className="flex min-h-16 items-center gap-2.5 border-b-4 border-brand-700 px-4 text-lg font-bold"
          >
            <BrandMark size={32} />
            <span>{t("common.appName")}</span>
          </Link>
          <nav aria-label={t("nav.mainLabel")} className="p-3">
            <SidebarNavLinks items={nav} />
          </nav>
        </aside>

        <div className="flex min-w-0 flex-col">
          <header className="sticky top-0 z-20 border-b border-ink-200 bg-surface/95 backdrop-blur-sm">
            <div className="flex items-center gap-2 px-3 py-1.5 md:min-h-16 md:px-6">
              <Link
                href={homeHref}
                className="flex min-h-tap min-w-0 items-center gap-2 font-bold md:hidden"
              >
                <BrandMark size={28} />
                <span className="truncate">{t("common.appName")}</span>
              </Link>
              <UserSummary user={user} className="hidden min-w-0 flex-1 md:flex" />
              <div className="ml-auto flex shrink-0 items-center gap-1.5">
                <LocaleSwitcher />
                <Link
                  href="/sign-out"
                  className="inline-flex min-h-tap items-center gap-1.5 rounded-md px-2.5 text-sm font-medium text-ink-700 hover:bg-ink-100"
                >
                  <SignOutIcon />
                  <span>{t("nav.signOut")}</span>
                </Link>
              </div>
            </div>
            <UserSummary
              user={user}
              className="flex border-t border-ink-100 px-3 py-1.5 md:hidden"
            />
          </header>

          <main
            id="main"
            tabIndex={-1}
            className="flex-1 px-4 pt-5 pb-28 outline-none md:px-8 md:pt-8 md:pb-10"
          >
            {children}
          </main>
        </div>
      </div>

      <nav
        aria-label={t("nav.mainLabel")}
        className="fixed inset-x-0 bottom-0 z-30 border-t border-ink-200 bg-surface pb-[env(safe-area-inset-bottom)] shadow-[0_-2px_8px_rgb(0_0_0/0.06)] md:hidden"
      >
        <BottomNavLinks items={nav} />
      </nav>
    </>
  );
}

function UserSummary({ user, className }: { user: AppShellUser; className?: string }) {
  return (
    <p className={cn("flex-wrap items-baseline gap-x-2 text-sm text-ink-600", className)}>
      <span className="font-semibold text-ink-900 md:text-base">{user.name}</span>
      <span>{user.roleLabel}</span>
      <span className="min-w-0 truncate">{user.scopeLabel}</span>
    </p>
  );
}
