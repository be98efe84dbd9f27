"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";

/** A pledge as the ballot shows it: public fields, the latest progress and its photos. */
export type BallotPledge = {
  id: string;
  pledgerKind: "BRANCH" | "MEMBER" | "TOWNSHIP" | "DEPARTMENT";
  pledgerName: string | null;
  action: string;
  quantity: string | null;
  unit: string | null;
  placeOrBeneficiaries: string;
  dueOn: string;
  verification: string;
  status: string;
  explanation: string | null;
  progress: { body: string; createdAt: string; photos: { url: string; width: number | null; height: number | null }[] }[];
};

const STATUS_TONE: Record<string, "ok" | "warn" | "neutral" | "brand"> = { DONE: "ok", PARTLY_DONE: "warn", NOT_DONE: "brand" };

export function BallotPledgeDetails({ pledge, slug }: { pledge: BallotPledge; slug: string }) {
  const t = useTranslations("ballot");
  const te = useTranslations("evaluation");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-2 text-ink-800">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span>{pledge.pledgerName ? `${te(`kinds.${pledge.pledgerKind}`)} · ${pledge.pledgerName}` : te(`kinds.${pledge.pledgerKind}`)}</span>
        <Badge tone={STATUS_TONE[pledge.status] ?? "neutral"}>{te(`pledgeStatuses.${pledge.status}` as never)}</Badge>
      </p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        {pledge.quantity ? (
          <>
            <dt className="text-ink-600">{t("howMuch")}</dt>
            <dd>{`${pledge.quantity}${pledge.unit ?? ""}`}</dd>
          </>
        ) : null}
        {pledge.placeOrBeneficiaries ? (
          <>
            <dt className="text-ink-600">{t("where")}</dt>
            <dd className="break-words">{pledge.placeOrBeneficiaries}</dd>
          </>
        ) : null}
        <dt className="text-ink-600">{t("due")}</dt>
        <dd>{formatDate(pledge.dueOn, locale)}</dd>
        {pledge.verification ? (
          <>
            <dt className="text-ink-600">{t("check")}</dt>
            <dd className="break-words">{pledge.verification}</dd>
          </>
        ) : null}
      </dl>
      {pledge.explanation ? <p className="rounded-md bg-warn-50 px-3 py-2 text-sm text-warn-700">{t("explanation", { text: pledge.explanation })}</p> : null}
      {pledge.progress.length > 0 ? (
        <div className="flex flex-col gap-2 border-l-2 border-ink-200 pl-3 text-sm">
          {pledge.progress.map((update, i) => (
            <div key={i} className="flex flex-col gap-1">
              <p className="break-words">
                <span className="text-ink-600">{formatDate(update.createdAt, locale)}：</span>
                {update.body}
              </p>
              {update.photos.length > 0 ? (
                <div className="flex flex-wrap gap-2">
                  {update.photos.map((photo) => (
                    // eslint-disable-next-line @next/next/no-img-element -- evidence photos are already resized on upload; no optimiser needed
                    <img
                      key={photo.url}
                      src={photo.url}
                      alt={t("photoAlt")}
                      width={photo.width ?? undefined}
                      height={photo.height ?? undefined}
                      loading="lazy"
                      className="h-20 w-auto rounded border border-ink-200 object-cover"
                    />
                  ))}
                </div>
              ) : null}
            </div>
          ))}
        </div>
      ) : (
        <p className="text-sm text-ink-600">{t("noProgress")}</p>
      )}
      <a href={`/v/${slug}/p/${pledge.id}`} className="text-sm text-brand-700 underline">
        {t("moreEvidence")}
      </a>
    </div>
  );
}
