import { getTranslations } from "next-intl/server";
import { missingImageResponse, svgResponse } from "@/lib/qr/http";
import { getPledgeShortLink } from "@/lib/qr/queries";
import { qrSvg } from "@/lib/qr/svg";

/** A published pledge's QR code (SVG), carrying its short link. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const link = await getPledgeShortLink(slug, id);
  if (!link) return missingImageResponse();
  // Always Chinese: the image is cached for everyone, whatever language the requester reads.
  const t = await getTranslations({ locale: "zh-CN", namespace: "qr" });
  return svgResponse(request, await qrSvg(link.url, t("pledgeLabel", { code: link.code })));
}
