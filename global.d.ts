import type messages from "./messages/zh-CN.json";
import type { AppLocale } from "./i18n/locales";

// Type-checks every t("…") key and useLocale() against the Chinese catalogue (the source of truth).
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
