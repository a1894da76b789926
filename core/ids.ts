/** Default story/incident id: uppercase groups joined by hyphens, ending in digits (`S-PC-01`, `RB-M06-001`, `INC-42`). */
export const DEFAULT_ID_PATTERN = "[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[0-9]+";

/** True when the whole text is one id. */
export function isId(text: string, idPattern: string): boolean {
  return new RegExp(`^(?:${idPattern})$`, "u").test(text);
}

/**
 * Ids that stand on their own in free text: `S-PC-01: login` yields `S-PC-01`,
 * but `feature/S-PC-01-login` yields nothing, because an id glued to other
 * word characters is not a reference a person wrote.
 */
export function findIds(text: string, idPattern: string): string[] {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_-])(?:${idPattern})(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`,
    "gu",
  );
  return [...text.matchAll(re)].map((match) => match[0]);
}
