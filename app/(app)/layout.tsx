import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { AccountsIcon, BoardIcon, EvaluationIcon, HomeIcon, OrgIcon, OversightIcon, PledgeIcon, ProblemIcon } from "@/components/shell/nav-icons";
import { isOrganiser } from "@/lib/auth/actor";
import { canPledgeUpward } from "@/lib/pledges/policy";
import { getActorPlaceNames } from "@/lib/org/queries";
import { requireActor } from "@/lib/session";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const [t, places] = await Promise.all([getTranslations(), getActorPlaceNames(actor)]);
  const nav = [{ href: "/home", label: t("nav.home"), icon: <HomeIcon /> }];
  if (actor.role === "VILLAGE_SECRETARY") {
    nav.push({ href: "/village/opinions", label: t("nav.opinions"), icon: <BoardIcon /> });
    nav.push({ href: "/village/problems", label: t("nav.problems"), icon: <ProblemIcon /> });
    nav.push({ href: "/village/pledges", label: t("nav.pledges"), icon: <PledgeIcon /> });
    nav.push({ href: "/village/members", label: t("nav.members"), icon: <AccountsIcon /> });
    nav.push({ href: "/village/evaluation", label: t("nav.evaluations"), icon: <EvaluationIcon /> });
  }
  if (actor.role === "TOWNSHIP_OFFICER") {
    nav.push({ href: "/review", label: t("nav.review"), icon: <PledgeIcon /> });
    nav.push({ href: "/review/tallies", label: t("nav.evaluations"), icon: <EvaluationIcon /> });
  }
  if (actor.role === "TOWNSHIP_OFFICER" || isOrganiser(actor)) {
    nav.push({ href: "/oversight", label: t("nav.oversight"), icon: <OversightIcon /> });
  }
  if (canPledgeUpward(actor)) nav.push({ href: "/support", label: t("nav.support"), icon: <ProblemIcon /> });
  // The county organiser reviews the townships' own upward pledges.
  if (actor.role === "COUNTY_ORGANISER") nav.push({ href: "/review", label: t("nav.review"), icon: <PledgeIcon /> });
  if (isOrganiser(actor)) {
    nav.push({ href: "/org", label: t("nav.org"), icon: <OrgIcon /> });
    nav.push({ href: "/accounts", label: t("nav.accounts"), icon: <AccountsIcon /> });
    nav.push({ href: "/org/good-practice", label: t("nav.goodPractice"), icon: <BoardIcon /> });
  }
  return (
    <AppShell user={{ name: actor.name, roleLabel: t(`roles.${actor.role}`), scopeLabel: places.join(" · ") }} nav={nav}>
      {children}
    </AppShell>
  );
}
