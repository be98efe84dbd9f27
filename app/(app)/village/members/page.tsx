import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { MemberForm } from "@/components/members/member-form";
import { MemberRoster } from "@/components/members/member-roster";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { createMemberAction, deleteMemberAction, setMemberActiveAction, updateMemberAction } from "@/lib/members/actions";
import { listMembers } from "@/lib/members/queries";
import { requireActor } from "@/lib/session";
import { canWriteVillageWork } from "@/lib/village-work/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members");
  return { title: t("title") };
}

/** The secretary's member roster: who has pledged, who has not yet; add, edit, deactivate. */
export default async function MembersPage() {
  const actor = await requireActor();
  if (!actor.villageId) notFound();
  const villageId = actor.villageId;
  const [t, members] = await Promise.all([getTranslations(), listMembers(actor, villageId)]);
  const active = members.filter((m) => m.isActive);
  const withoutPledge = active.filter((m) => m.pledgeCount === 0);
  const canWrite = canWriteVillageWork(actor, villageId);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("members.title")} description={t("members.lead")} />
      <p className="text-lg" role="status" aria-label={t("members.summaryLabel")}>
        {t("members.summary", { active: active.length, without: withoutPledge.length })}
        {members.length > active.length ? <span className="ml-1 text-base text-ink-600">{t("members.inactiveCount", { count: members.length - active.length })}</span> : null}
      </p>
      {withoutPledge.length > 0 ? (
        <p className="text-ink-700">
          {t("members.withoutList", { names: withoutPledge.map((m) => m.name).join("、") })}
        </p>
      ) : null}

      {canWrite ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("members.addTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            {/* A fresh id per render: a retried submit of the same form carries the same id. */}
            <MemberForm action={createMemberAction} submitLabel={t("members.add")} successLabel={t("members.added")} hidden={{ id: randomUUID(), villageId }} />
          </CardContent>
        </Card>
      ) : null}

      <section aria-labelledby="member-list-title" className="flex flex-col gap-3">
        <h2 id="member-list-title" className="text-xl font-semibold text-ink-900">
          {t("members.listTitle")}
        </h2>
        {members.length === 0 ? (
          <EmptyState title={t("members.empty")} description={t("members.emptyHint")} />
        ) : (
          <MemberRoster
            members={members}
            canWrite={canWrite}
            updateAction={updateMemberAction}
            setActiveAction={setMemberActiveAction}
            deleteAction={deleteMemberAction}
          />
        )}
      </section>
    </div>
  );
}
