import { contentId } from "./slash-commands.js";
import type { Finding, Verdict } from "./types.js";

/**
 * Line references in a message (`(line 12)`, `line 12`): where a finding
 * sits is not what it is, so an edit above a risk table does not make its
 * rows new findings.
 */
const LINE_REFERENCE = /\blines? \d+(?:[-–]\d+)?\b/g;

/**
 * A finding's identity, shown beside it in the check summary and recorded
 * in the override receipts that accept it: `pg-` and 16 hex digits of the
 * SHA-256 of its rule, message (line references left out) and files. The
 * same problem keeps its fingerprint across edits elsewhere and across
 * commits; a changed problem (another risk row, another file) gets a new
 * one, which an earlier override does not cover.
 */
export function fingerprintOf(finding: Pick<Finding, "ruleId" | "message" | "files">): string {
  return contentId({
    ruleId: finding.ruleId,
    message: finding.message.replace(LINE_REFERENCE, "line"),
    files: [...(finding.files ?? [])].sort(),
  });
}

/** Most findings whose first showing a check run records; a PR with more is far past fixing one by one. */
export const MAX_SHOWN = 200;

/**
 * When each blocking finding of `verdict` was first shown on this commit:
 * the times in `before` for those already shown, `now` for the rest. Only
 * blocking findings (open or overridden) are kept, at most `MAX_SHOWN`: an
 * override covers what its author could have read in the check.
 */
export function recordShown(
  verdict: Verdict,
  before: Readonly<Record<string, string>> | undefined,
  now: string,
): Record<string, string> {
  const shown: Record<string, string> = {};
  let count = 0;
  for (const finding of verdict.findings) {
    if (finding.severity !== "blocking" || count >= MAX_SHOWN) continue;
    const fingerprint = fingerprintOf(finding);
    if (fingerprint in shown) continue;
    shown[fingerprint] = before?.[fingerprint] ?? now;
    count++;
  }
  return shown;
}
