import { readFile } from "node:fs/promises";
import { isAppError } from "@/lib/errors";
import { getTallyPhoto } from "@/lib/evaluation/queries";
import { isPublicId } from "@/lib/public/fields";
import { getActor } from "@/lib/session";

/** The photo of a paper tally sheet, for signed-in staff whose reach includes the village. */
export async function GET(_request: Request, { params }: { params: Promise<{ tallyId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  const { tallyId } = await params;
  // Not an id the app makes (a NUL byte would even fail the query): nothing to find.
  if (!isPublicId(tallyId)) return new Response("Not found", { status: 404 });
  try {
    const photo = await getTallyPhoto(actor, tallyId);
    const data = await readFile(photo.file);
    return new Response(new Uint8Array(data), {
      headers: { "content-type": photo.mimeType, "cache-control": "private, max-age=3600", "x-content-type-options": "nosniff" },
    });
  } catch (error) {
    if ((isAppError(error) && error.code === "NOT_FOUND") || (error as { code?: string }).code === "ENOENT") return new Response("Not found", { status: 404 });
    throw error;
  }
}
