// The access matrix's rows for lib/ledger. The ledger out (openLedgerExport) is for organisers and
// township officers, each over his own part of the tree; a unit outside it is NOT_FOUND, and
// department officers and village secretaries keep no ledger (FORBIDDEN by role alone). The ledger
// in (dryRunImport, commitImport) is for organisers: the target is the county the file names; a
// county outside reach is reported against its rows, which the matrix reads as NOT_FOUND (and
// nothing is written); everyone else is FORBIDDEN by role alone.
import { COUNTY, DEPT, one, PREF, TOWNSHIP, VILLAGE, type Case, type OneRow } from "./case-table";

const EXPORT: OneRow[] = [
  [PREF, "OWN", "P", "ok"],
  [PREF, "OWN", "C1", "ok"],
  [PREF, "SIBLING", "X.C0", "NOT_FOUND"],
  [COUNTY, "OWN", "C0", "ok"],
  [COUNTY, "OWN", "T01", "ok"],
  [COUNTY, "SIBLING", "C1", "NOT_FOUND"],
  [TOWNSHIP, "OWN", "T00", "ok"],
  [TOWNSHIP, "SIBLING", "T01", "NOT_FOUND"],
  [TOWNSHIP, "PARENT", "C0", "NOT_FOUND"],
  [DEPT, "OWN", "V000", "FORBIDDEN"],
  [DEPT, "PARENT", "C0", "FORBIDDEN"],
  [VILLAGE, "OWN", "V000", "FORBIDDEN"],
  [VILLAGE, "PARENT", "T00", "FORBIDDEN"],
];

const IMPORT: OneRow[] = [
  [PREF, "OWN", "C0", "ok"],
  [PREF, "OWN", "C1", "ok"],
  [PREF, "SIBLING", "X.C0", "NOT_FOUND"],
  [COUNTY, "OWN", "C0", "ok"],
  [COUNTY, "SIBLING", "C1", "NOT_FOUND"],
  [TOWNSHIP, "PARENT", "C0", "FORBIDDEN"],
  [DEPT, "PARENT", "C0", "FORBIDDEN"],
  [VILLAGE, "PARENT", "C0", "FORBIDDEN"],
];

export const LEDGER_CASES: Case[] = [
  ...one("openLedgerExport", "read", EXPORT),
  ...one("dryRunImport", "read", IMPORT),
  ...one("commitImport", "write", IMPORT),
];
