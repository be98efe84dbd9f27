import { cn } from "@/components/ui/cn";

/**
 * A QR code drawn inline from the SVG that lib/qr/svg.ts made on the server (our own markup,
 * never user input): vector on paper, no extra request, no script.
 */
export function QrImage({ svg, className }: { svg: string; className?: string }) {
  return <div className={cn("print-qr", className)} dangerouslySetInnerHTML={{ __html: svg }} />;
}
