/** A small horizontal bar chart drawn as inline SVG, followed by the same numbers as a table. */
export function BarChart({
  title,
  summary,
  labelHeader,
  valueHeader,
  tableLabel,
  bars,
  format = (value) => String(value),
  max,
}: {
  title: string;
  /** What the chart shows, read out instead of the drawing. */
  summary: string;
  labelHeader: string;
  valueHeader: string;
  /** The label of the disclosure that opens the table. */
  tableLabel: string;
  bars: { label: string; value: number }[];
  format?: (value: number) => string;
  /** The value of a full-length bar; default: the largest value. */
  max?: number;
}) {
  const top = max ?? Math.max(1, ...bars.map((bar) => bar.value));
  const rowHeight = 28;
  const labelWidth = 110;
  const width = 360;
  const barSpace = width - labelWidth - 60;
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="font-medium text-ink-900">{title}</figcaption>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${Math.max(1, bars.length) * rowHeight}`} className="w-full max-w-xl">
        {bars.map((bar, i) => {
          const length = Math.max(0, (bar.value / top) * barSpace);
          const y = i * rowHeight;
          return (
            <g key={bar.label}>
              <text x={labelWidth - 6} y={y + 18} textAnchor="end" fontSize="12" fill="currentColor">
                {bar.label.length > 9 ? `${bar.label.slice(0, 8)}…` : bar.label}
              </text>
              <rect x={labelWidth} y={y + 6} width={length} height={rowHeight - 12} rx="2" className="fill-brand-600" />
              <text x={labelWidth + length + 4} y={y + 18} fontSize="12" fill="currentColor">
                {format(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary className="cursor-pointer text-sm text-brand-700 underline">{tableLabel}</summary>
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">{labelHeader}</th>
              <th scope="col" className="py-1 text-right">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label} className="border-t border-ink-100">
                <th scope="row" className="py-1 pr-3 font-normal">{bar.label}</th>
                <td className="py-1 text-right tabular-nums">{format(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
