import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutAction } from "@/lib/auth/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signOut");
  return { title: t("title") };
}

// Signing out is a POST (a form), never a GET, so a link or prefetch cannot sign anyone out.
export default async function SignOutPage() {
  const t = await getTranslations("auth.signOut");
  return (
    <div className="mx-auto w-full max-w-sm px-4 py-10">
      <h1 className="text-2xl font-bold text-ink-900">{t("title")}</h1>
      <p className="mt-2 text-ink-600">{t("body")}</p>
      <form action={signOutAction} className="mt-6">
        <SubmitButton size="lg">{t("submit")}</SubmitButton>
      </form>
    </div>
  );
}
