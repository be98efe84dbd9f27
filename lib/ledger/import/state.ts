import type { ImportReport, NewAccount } from "./index";

/** What the import form shows: a dry run's report, a commit's result, or an error code. */
export type ImportState = {
  status: "idle" | "checked" | "committed" | "error";
  report?: ImportReport;
  accounts?: NewAccount[];
  formError?: string;
};
