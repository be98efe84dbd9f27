/** The product mark (same drawing as public/icon.svg): a notice board with a tick. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg viewBox="0 0 64 64" width={size} height={size} aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#92281b" />
      <rect x="12" y="12" width="40" height="30" rx="3" fill="#faf8f4" />
      <path d="M20 46l-4 8M44 46l4 8" stroke="#faf8f4" strokeWidth="4" strokeLinecap="round" />
      <path
        d="M22 27l7 7 13-14"
        fill="none"
        stroke="#92281b"
        strokeWidth="5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
