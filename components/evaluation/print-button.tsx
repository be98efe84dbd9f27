"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const noopSubscribe = () => () => {};

/**
 * Opens the browser's print dialog. Without JavaScript there is nothing to click: the hint
 * beside it points to the browser's own Print menu instead.
 */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(noopSubscribe, () => true, () => false);
  if (!hydrated) return null;
  return <Button onClick={() => window.print()}>{label}</Button>;
}
