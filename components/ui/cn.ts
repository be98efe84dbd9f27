type ClassValue = string | false | null | undefined;

/** Joins class names, skipping falsy ones. Later classes do not override earlier ones: avoid conflicts. */
export function cn(...classes: ClassValue[]): string {
  return classes.filter(Boolean).join(" ");
}
