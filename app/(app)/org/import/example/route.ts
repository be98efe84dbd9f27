import { stringify } from "csv-stringify/sync";
import { EXAMPLE_ROWS } from "@/lib/ledger/import/layout";

// The example roster, UTF-8 with a BOM so that Excel opens it with its Chinese intact.
export function GET() {
  return new Response(stringify(EXAMPLE_ROWS, { bom: true, record_delimiter: "windows" }), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="roster-example.csv"; filename*=UTF-8''${encodeURIComponent("花名册示例.csv")}` },
  });
}
