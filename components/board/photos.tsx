import { useTranslations } from "next-intl";
import type { PublicPhoto } from "@/lib/public/board";

/** Progress photos as small thumbnails that open the full photo; loaded only when scrolled to. */
export function Photos({ photos, size = 96 }: { photos: PublicPhoto[]; size?: number }) {
  const t = useTranslations("publicBoard.pledge");
  if (photos.length === 0) return null;
  return (
    <ul className="b-photos">
      {photos.map((photo, index) => {
        const ratio = photo.width && photo.height ? photo.height / photo.width : 0.75;
        return (
          <li key={photo.url}>
            <a href={photo.url}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a stored photo served as is; no image optimiser on the board */}
              <img src={photo.url} alt={t("photoAlt", { n: index + 1 })} width={size} height={Math.round(size * ratio)} loading="lazy" decoding="async" />
            </a>
          </li>
        );
      })}
    </ul>
  );
}
