import { useFormatter, useTranslations } from "next-intl";
import type { PledgeEventType } from "@/lib/generated/prisma/enums";

type Event = { seq: number; type: PledgeEventType; createdAt: Date; shortHash: string };
type Version = { textVersion: number; text: unknown; reason: string; createdAt: Date };

/** The pledge's chained history, and its earlier public texts with the reason for each change. */
export function PledgeHistory({ events, versions, chainHead }: { events: readonly Event[]; versions: readonly Version[]; chainHead: string | null }) {
  const t = useTranslations("pledges");
  const format = useFormatter();
  return (
    <section aria-labelledby="history-title" className="flex flex-col gap-3">
      <h2 id="history-title" className="text-lg font-semibold text-ink-900">
        {t("historyTitle")}
      </h2>
      {chainHead ? <p className="text-sm text-ink-600">{t("historyLead", { hash: chainHead })}</p> : null}
      <ol className="flex flex-col gap-1 border-l-2 border-ink-200 pl-3">
        {events.map((event) => (
          <li key={event.seq} className="flex flex-wrap gap-x-3 text-sm">
            <span className="font-medium text-ink-900">{t(`events.${event.type}`)}</span>
            <span className="text-ink-600">{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
            <code className="text-ink-500">{event.shortHash}</code>
          </li>
        ))}
      </ol>
      {versions.length > 0 ? (
        <>
          <h3 className="font-semibold text-ink-900">{t("versionsTitle")}</h3>
          <ul className="flex flex-col gap-2">
            {versions.map((version) => (
              <li key={version.textVersion} className="rounded-md border border-ink-200 p-3 text-sm">
                <p className="font-medium">{t("versionLine", { n: version.textVersion, reason: version.reason })}</p>
                <p className="break-words text-ink-700">{(version.text as { action?: string } | null)?.action ?? ""}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
