import { fitBytes, JOB_SUMMARY_BYTES } from "../../core/github-limits.js";
import { renderMarkdown, type Verdict } from "../../core/index.js";
import type { Plan } from "../../core/plan.js";
import { inertText } from "../../core/render/escape.js";

/** The verdict as the check run shows it (summary, then the overflow text), or rendered when no check is planned. */
export function verdictMarkdown(plan: Plan, verdict: Verdict | undefined): string {
  if (plan.checkRun) {
    const { summary, text } = plan.checkRun;
    return text ? `${summary.trimEnd()}\n\n${text}` : summary;
  }
  return verdict ? renderMarkdown(verdict) : "";
}

/**
 * The writes a plan makes, in words: `the required-check check run (failure)`,
 * `the NO_MERGE label (add)`; without the check run when it is already written.
 */
export function plannedWrites(plan: Plan, { checkRunWritten = false } = {}): string[] {
  return [
    ...(plan.checkRun && !checkRunWritten
      ? [`the ${plan.checkRun.name} check run (${plan.checkRun.conclusion})`]
      : []),
    ...plan.labels.add.map((label) => `the ${label} label (add)`),
    ...plan.labels.remove.map((label) => `the ${label} label (remove)`),
  ];
}

/** Joins the parts of a job summary, cut to GitHub's limit. */
export function jobSummary(parts: readonly string[]): string {
  const text = `${parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join("\n\n")}\n`;
  return fitBytes(text, JOB_SUMMARY_BYTES);
}

/** `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The job summary's warning that the verdict could not be written: `readOnlyExplanation` as a GitHub alert. */
export function readOnlyWarning(options: Parameters<typeof readOnlyExplanation>[0]): string {
  return `> [!WARNING]\n> ${inertText(readOnlyExplanation(options))}`;
}

/** The job summary when the PR could not be judged; `reason` is plain text. */
export function evaluationErrorSummary(reason: string): string {
  return `## ❌ pilot-gate could not evaluate this PR\n\n${inertText(reason)}`;
}

/**
 * Why the verdict is only in the job summary when the token may not write:
 * for a fork's PR, that GitHub hands such workflows a read-only token and
 * what to do instead; otherwise, which permissions the job must grant.
 */
export function readOnlyExplanation(options: {
  notWritten: readonly string[];
  fork: string | undefined;
}): string {
  const what = listInWords(options.notWritten) || "its verdict";
  const head = `pilot-gate could not write ${what}: GitHub refused the write (403), the token is read-only here.`;
  if (options.fork) {
    return `${head} This PR comes from the fork ${options.fork}, and GitHub gives workflows that run on a fork's pull_request and pull_request_review events a read-only GITHUB_TOKEN. The verdict is reported in this job's summary only. To publish it as a check on fork PRs, run the workflow on pull_request_target (the gate reads the PR through the API and never runs its code) or use the pilot-gate GitHub App.`;
  }
  return `${head} Grant the job "permissions: checks: write, pull-requests: write, contents: read", or pass a token that has them.`;
}
