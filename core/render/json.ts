import type { Verdict } from "../types.js";

/** Version of the JSON verdict format; bumped on any incompatible change. */
export const VERDICT_FORMAT_VERSION = 1;

/** The verdict as stable JSON for scripts and other tools. */
export function renderJson(verdict: Verdict): string {
  return `${JSON.stringify({ version: VERDICT_FORMAT_VERSION, ...verdict }, null, 2)}\n`;
}
