import { getTranslations } from "next-intl/server";
import { missingImageResponse, svgResponse } from "@/lib/qr/http";
import { getBoardShortLink } from "@/lib/qr/queries";
import { qrSvg } from "@/lib/qr/svg";

/** The board's QR code (SVG): it carries the board's short link, so it stays small and sharp. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const link = await getBoardShortLink(slug);
  if (!link) return missingImageResponse();
  // Always Chinese: the image is cached for everyone, whatever language the requester reads.
  const t = await getTranslations({ locale: "zh-CN", namespace: "qr" });
  return svgResponse(request, await qrSvg(link.url, t("boardLabel", { village: link.villageName, code: link.code })));
}
