/**
 * Label names as GitHub treats them: it compares them without regard to
 * case, and webhooks and REST give a label as a name or as an object.
 */

/** A label as webhook payloads and the REST API give it. */
export type RawLabel = string | { name?: string | null } | null;

/** The names of `labels`, skipping nameless entries. */
export function labelNames(labels: readonly RawLabel[] | null | undefined): string[] {
  return (labels ?? [])
    .map((label) => (typeof label === "string" ? label : (label?.name ?? "")))
    .filter((name) => name !== "");
}

export function sameLabel(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The label as `labels` spell it, or undefined when it is not among them. */
export function labelOn(labels: readonly string[], wanted: string): string | undefined {
  return labels.find((name) => sameLabel(name, wanted));
}

/** True when any of `labels` is one of `wanted`. */
export function hasAny(labels: readonly string[], wanted: readonly string[]): boolean {
  const set = new Set(wanted.map((name) => name.toLowerCase()));
  return labels.some((name) => set.has(name.toLowerCase()));
}
