import { codeSpan, inertText } from "../render/escape.js";
import type { TextStyle } from "../render/text-style.js";
import type { VerifyReport } from "./schema.js";

/**
 * A verification report for a terminal: each finding with its pack and file,
 * errors first, then one line with the verdict.
 */
export function renderVerifyText(report: VerifyReport, c: TextStyle): string {
  const lines: string[] = [];
  const errors = report.findings.filter((f) => f.severity === "error");
  const warnings = report.findings.filter((f) => f.severity === "warning");
  for (const finding of [...errors, ...warnings]) {
    const icon = finding.severity === "error" ? c.red("✖") : c.yellow("⚠");
    const where = finding.path ? `${finding.pack}/${finding.path}` : finding.pack;
    lines.push(`${icon} ${c.bold(finding.kind)} ${c.dim(where)}: ${finding.message}`);
  }
  if (lines.length > 0) lines.push("");
  const chain = `${report.chain.length} pack${report.chain.length === 1 ? "" : "s"} in the chain`;
  if (report.status === "pass") {
    const signature =
      report.verifiedKeyids.length > 0
        ? `signature valid (${report.verifiedKeyids.map((k) => k.slice(0, 16)).join(", ")})`
        : report.signed
          ? "signature not checked"
          : "unsigned";
    lines.push(
      `${c.green("Evidence intact")}: ${report.pack}, ${chain}, ${signature}${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? "" : "s"}` : ""}`,
    );
  } else {
    lines.push(
      `${c.red("Evidence NOT intact")}: ${report.pack}: ${errors.length} problem${errors.length === 1 ? "" : "s"} (${[...new Set(errors.map((e) => e.kind))].join(", ")}); ${chain} checked`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** What committing one evidence pack did, for the job summary. */
export interface EvidenceSummary {
  /** `evidence/<scope>/<id>` on the evidence branch. */
  packPath: string;
  branch: string;
  /** The evidence branch's commit holding the pack. */
  commitSha: string;
  /** False when the same pack was already on the branch. */
  committed: boolean;
  branchCreated: boolean;
  /** The commit the pack is evidence for. */
  judgedSha: string;
  files: number;
  statementDigest: string;
  manifestDigest: string;
  previous: { id: string; digest: string } | null;
  signed: boolean;
}

/** The job summary of the evidence action: where the pack went, its digests and its place in the chain. */
export function renderEvidenceSummary(summary: EvidenceSummary): string {
  const { previous } = summary;
  return [
    `### Evidence pack ${inertText(summary.packPath)}`,
    "",
    `- ${summary.committed ? "Committed" : "Already on"} ${codeSpan(summary.branch)} at ${codeSpan(summary.commitSha)}${summary.branchCreated ? " (branch created)" : ""}`,
    `- Commit judged: ${codeSpan(summary.judgedSha)}`,
    `- Files: ${summary.files}; statement digest ${codeSpan(summary.statementDigest)}; manifest digest ${codeSpan(summary.manifestDigest)}`,
    `- Previous: ${previous ? `${codeSpan(previous.id)} (${codeSpan(previous.digest)})` : "none (first pack of this scope)"}`,
    `- Signed: ${summary.signed ? "yes" : "**no** (set signing-key to sign)"}`,
    "",
  ].join("\n");
}
