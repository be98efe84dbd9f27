/**
 * The contract between <ConfirmButton> (components/ui/confirm-button.tsx) and the server
 * actions behind destructive operations. Whether the browser ran the JavaScript dialog or showed
 * the no-JS checkbox, a confirmed submission carries `confirm=yes`; anything else must be refused.
 */
export const confirmFieldName = "confirm";
export const confirmFieldValue = "yes";

export function isConfirmed(formData: FormData): boolean {
  return formData.get(confirmFieldName) === confirmFieldValue;
}
