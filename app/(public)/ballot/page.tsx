import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { BallotForm } from "@/components/evaluation/ballot-form";
import type { BallotPledge } from "@/components/evaluation/ballot-pledge";
import { CodeEntry } from "@/components/evaluation/code-entry";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { openBallot } from "@/lib/evaluation/ballot";
import { submitBallotAction } from "@/lib/evaluation/ballot-actions";
import { COMMENT_MAX } from "@/lib/evaluation/schemas";
import { toIsoDay } from "@/lib/format";
import { evidenceUrl } from "@/lib/public/fields";
import { clientAddress } from "@/lib/request-address";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ballot");
  // Codes travel in this page's address: never indexed, never sent to another site as a referrer
  // ("same-origin", not "no-referrer": that would make the ballot's own POST carry Origin: null,
  // which Next.js refuses as a cross-site server action).
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

/**
 * The ballot (评议票), no account: /ballot asks for the code; /ballot?code=… (the slip's QR code)
 * shows the round's pledges to rate, or says plainly why the code cannot vote.
 */
export default async function BallotPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const params = await searchParams;
  const typed = (Array.isArray(params.code) ? params.code[0] : params.code)?.slice(0, 200) ?? "";
  const t = await getTranslations("ballot");

  if (!typed.trim()) {
    return (
      <Frame title={t("title")} lead={t("lead")}>
        <CodeEntry typed="" />
      </Frame>
    );
  }
  let ballot: Awaited<ReturnType<typeof openBallot>>;
  try {
    ballot = await openBallot(typed, clientAddress(await headers()));
  } catch (error) {
    if (isAppError(error) && error.field === "code") {
      return (
        <Frame title={t("title")} lead={t("lead")}>
          <CodeEntry typed={typed} problem={error.message} />
        </Frame>
      );
    }
    throw error;
  }
  const pledges: BallotPledge[] = ballot.pledges.map((pledge) => ({
    id: pledge.id,
    pledgerKind: pledge.pledgerKind,
    pledgerName: pledge.pledgerName,
    action: pledge.action,
    quantity: pledge.quantity,
    unit: pledge.unit,
    placeOrBeneficiaries: pledge.placeOrBeneficiaries,
    dueOn: toIsoDay(pledge.dueOn),
    verification: pledge.verification,
    status: pledge.status,
    explanation: pledge.explanation,
    progress: pledge.progress.map((update) => ({
      body: update.body,
      createdAt: update.createdAt.toISOString(),
      photos: update.files.map((file) => ({ url: evidenceUrl(file.storageKey), width: file.width, height: file.height })),
    })),
  }));
  const village = ballot.round.village;
  return (
    <Frame
      title={t("roundTitle", { village: village.name })}
      lead={t("roundLead", { count: pledges.length, group: t(`groups.${ballot.group}`) })}
      eyebrow={t("codeLine", { code: ballot.code })}
    >
      <BallotForm action={submitBallotAction} code={ballot.code} pledges={pledges} slug={village.slug} commentMax={COMMENT_MAX} />
    </Frame>
  );
}

function Frame({ title, lead, eyebrow, children }: { title: string; lead: string; eyebrow?: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-6 sm:px-6">
      <PageHeader title={title} description={lead} eyebrow={eyebrow} />
      {children}
    </div>
  );
}
