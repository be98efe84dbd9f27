import Link from "next/link";
import { useTranslations } from "next-intl";
import { BoardBrowser, BoardSearch, type FinderView } from "@/components/board/board-finder";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { BoardIcon, EvaluationIcon, PledgeIcon } from "@/components/shell/nav-icons";
import { cachedPrefectures } from "@/lib/public/cached";
import { listTownships, listVillages, searchVillages, type VillageHit } from "@/lib/public/directory";
import { normaliseQuery } from "@/lib/public/query";

const pillars = [
  { key: "publish", icon: <PledgeIcon /> },
  { key: "supervise", icon: <BoardIcon /> },
  { key: "evaluate", icon: <EvaluationIcon /> },
] as const;

const audiences = ["villagers", "organisers"] as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One value of a query parameter; a repeated one counts by its first value. */
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function finderView(params: Record<string, string | string[] | undefined>): Promise<FinderView> {
  const township = first(params.township);
  if (township !== undefined) {
    const found = await listVillages(township);
    return found ? { kind: "villages", ...found } : { kind: "unknown" };
  }
  const county = first(params.county);
  if (county !== undefined) {
    const found = await listTownships(county);
    return found ? { kind: "townships", ...found } : { kind: "unknown" };
  }
  return { kind: "counties", prefectures: await cachedPrefectures() };
}

/** The landing page; its board finder searches (?q=) and browses (?county=, ?township=) by plain GET links. */
export default async function LandingPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = normaliseQuery(first(params.q));
  const [search, view] = await Promise.all([query ? searchVillages(query) : Promise.resolve(null), finderView(params)]);
  return <Landing query={query} search={search} view={view} />;
}

function Landing({ query, search, view }: { query: string; search: { hits: VillageHit[]; truncated: boolean } | null; view: FinderView }) {
  const t = useTranslations("landing");
  const tc = useTranslations("common");
  const tf = useTranslations("publicBoard.finder");

  return (
    <>
      <section aria-labelledby="hero-title" className="border-b border-ink-200 bg-brand-50">
        <div className="mx-auto flex max-w-5xl flex-col gap-5 px-4 py-10 sm:px-6 sm:py-16">
          <p className="text-sm font-semibold tracking-wide text-brand-700">{tc("slogan")}</p>
          <h1 id="hero-title" className="text-3xl leading-tight font-bold text-ink-900 sm:text-4xl">
            {t("hero.title")}
          </h1>
          <p className="max-w-2xl text-lg text-ink-700">{t("hero.lead")}</p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <a href="#boards" className={buttonClasses({ variant: "primary", size: "lg" })}>
              {t("hero.boardsLink")}
            </a>
            <Link href="/sign-in" className={buttonClasses({ variant: "secondary", size: "lg" })}>
              {t("hero.staffLink")}
            </Link>
          </div>
        </div>
      </section>

      <div className="mx-auto flex max-w-5xl flex-col gap-12 px-4 py-10 sm:px-6">
        <section
          id="boards"
          aria-labelledby="boards-title"
          className="flex scroll-mt-4 flex-col gap-4"
        >
          <h2 id="boards-title" className="text-2xl font-bold">
            {t("boards.heading")}
          </h2>
          <p className="text-ink-700">{t("boards.qrHint")}</p>
          <BoardSearch query={query} result={search} />
          <h3 className="text-lg font-semibold">{tf("browse")}</h3>
          <BoardBrowser view={view} />
        </section>

        <section aria-labelledby="pillars-title" className="flex flex-col gap-4">
          <h2 id="pillars-title" className="text-2xl font-bold">
            {t("pillars.heading")}
          </h2>
          <ol className="grid gap-4 sm:grid-cols-3">
            {pillars.map(({ key, icon }, index) => (
              <li key={key}>
                <Card className="h-full">
                  <CardHeader>
                    <span aria-hidden="true" className="flex items-center gap-2 text-brand-700">
                      {icon}
                      <span className="text-sm font-semibold">{index + 1}</span>
                    </span>
                    <CardTitle as="h3">{t(`pillars.${key}.title`)}</CardTitle>
                  </CardHeader>
                  <CardContent className="pt-2 text-ink-700">
                    {t(`pillars.${key}.body`)}
                  </CardContent>
                </Card>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="audiences-title" className="flex flex-col gap-4">
          <h2 id="audiences-title" className="text-2xl font-bold">
            {t("audiences.heading")}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            {audiences.map((key) => (
              <div key={key} className="border-l-4 border-ink-300 pl-4">
                <h3 className="text-lg font-semibold">{t(`audiences.${key}.title`)}</h3>
                <p className="text-ink-700">{t(`audiences.${key}.body`)}</p>
              </div>
            ))}
          </div>
        </section>


        <section
          aria-labelledby="staff-title"
          className="rounded-lg bg-ink-900 px-5 py-6 text-ink-100 sm:px-8 [&_:focus-visible]:outline-white"
        >
          <h2 id="staff-title" className="text-xl font-bold text-white">
            {t("staff.heading")}
          </h2>
          <p className="mt-2 max-w-2xl">{t("staff.body")}</p>
          <Link
            href="/sign-in"
            className={buttonClasses({ variant: "primary", size: "lg", className: "mt-4" })}
          >
            {t("staff.signIn")}
          </Link>
        </section>
      </div>
    </>
  );
}
