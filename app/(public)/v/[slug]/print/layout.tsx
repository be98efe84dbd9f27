import type { ReactNode } from "react";
import "@/components/print/print.css";

/** The print views: paper on screen, sheets on the printer. */
export default function PrintLayout({ children }: { children: ReactNode }) {
  return <div className="print-desk">{children}</div>;
}
