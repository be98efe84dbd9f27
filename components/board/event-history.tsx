import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format";
import type { PublicEvent } from "@/lib/public/pledge";

/** The public part of the pledge's history, oldest first, each entry with its short hash. */
export function EventHistory({ events }: { events: PublicEvent[] }) {
  const t = useTranslations("publicBoard.events");
  const ts = useTranslations("publicBoard.statuses");
  const te = useTranslations("publicBoard.evaluation.assessments");
  const locale = useLocale();
  const status = (value: string | undefined) => (value && ts.has(value as never) ? ts(value as never) : (value ?? ""));
  const detail = (event: PublicEvent): string | null => {
    switch (event.type) {
      case "STATUS_CHANGED":
        return t("statusChanged", { from: status(event.from), to: status(event.to) });
      case "WITHDRAWN":
        return event.reason ? t("reason", { reason: event.reason }) : null;
      case "AMENDED":
        return t("amended", { version: event.textVersion ?? 0, reason: event.reason ?? "" });
      case "EXPLAINED":
        return event.explanation ?? null;
      case "PROGRESS":
        return [event.body, event.photoCount ? t("photos", { count: event.photoCount }) : null].filter(Boolean).join(" ");
      case "ASSESSED":
        return event.assessment && te.has(event.assessment as never) ? te(event.assessment as never) : null;
      default:
        return null;
    }
  };
  return (
    <ol className="flex flex-col border-l-2 border-ink-200 pl-4">
      {events.map((event) => {
        const text = detail(event);
        return (
          <li key={event.seq} className="relative pb-3 text-sm">
            <span aria-hidden="true" className="absolute top-2 -left-[1.4rem] h-2.5 w-2.5 rounded-full bg-brand-700" />
            <p>
              <strong>{t(`types.${event.type}`)}</strong>{" "}
              <time dateTime={event.at} className="text-ink-600">
                {formatDateTime(event.at, locale)}
              </time>
            </p>
            {text ? <p className="text-ink-800">{text}</p> : null}
            <p className="text-xs text-ink-600">
              {t("record", { seq: event.seq })} <code className="font-mono">{event.hash}</code>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
