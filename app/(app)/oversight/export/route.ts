import { isAppError } from "@/lib/errors";
import { openLedgerExport } from "@/lib/ledger/export";
import { getActor } from "@/lib/session";

// The ledger (台账) as a download: /oversight/export?format=csv|xlsx&unit=county:<id>… The file is
// written while it is sent, so its size does not depend on memory.
export const dynamic = "force-dynamic";

const STATUS = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 400 } as Record<string, number>;

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("请先登录 / Sign in first", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const params = new URL(request.url).searchParams;
  try {
    const file = await openLedgerExport(actor, { format: params.get("format") ?? "csv", unit: params.get("unit") ?? undefined });
    return new Response(file.body, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="ledger.${params.get("format") === "xlsx" ? "xlsx" : "csv"}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error)) return new Response(error.code, { status: STATUS[error.code] ?? 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw error;
  }
}
