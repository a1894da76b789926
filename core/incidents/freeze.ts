import picomatch from "picomatch";
import { codeSpan, handle, inertText, issueRef } from "../render/escape.js";
import type { Finding } from "../types.js";
import { escalationChain, type IncidentsConfig } from "./config.js";
import { type Incident, incidentLink, waveOf } from "./model.js";
import { escalationLabel } from "./sla.js";

export const FREEZE_RULE_ID = "incident-freeze";

/** The PR a freeze is evaluated for. */
export interface FreezePullRequest {
  branch: string;
  base: string;
  title: string;
  body: string;
  labels?: string[];
}

/**
 * A freeze that is not an open incident: a tripped trigger (e.g. PC-P1-01)
 * that holds until a maintainer clears it. The runtime reads it from wherever
 * it records it (an open escalation issue) and passes it in.
 */
export interface ManualFreeze {
  /** The trigger id, e.g. PC-P1-01; a hotfix PR references it to be exempt. */
  id: string;
  reason: string;
  /** The issue that records it, if any. */
  number?: number;
  url?: string;
  /** Only this wave; undefined freezes every wave. */
  wave?: string;
  /** Who froze and when, when known. */
  by?: string;
  at?: string;
  /** The receipt the App recorded for a `/pilot-gate freeze` or a tripped trigger. */
  receipt?: string;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when the PR's title or body names `#N`, `issues/N` or the id as a word of its own. */
export function references(
  pr: FreezePullRequest,
  number: number | undefined,
  id: string | undefined,
): boolean {
  const text = `${pr.title}\n${pr.body}`;
  if (
    number !== undefined &&
    new RegExp(`(?:(?<![\\w&])#|/issues/)${number}(?!\\d)`, "u").test(text)
  )
    return true;
  return (
    id !== undefined &&
    new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegex(id)}(?![\\p{L}\\p{N}_])`, "iu").test(text)
  );
}

/** Why a PR's wave is inside a freeze scoped to `wave`, or undefined when it is outside. */
function inScope(wave: string | undefined, prWave: string | undefined): string | undefined {
  if (wave === undefined) return "every wave";
  if (prWave === undefined)
    // Fail closed: a PR that does not say its wave cannot be shown to be outside the frozen one.
    return `wave ${inertText(wave)} (this PR has no wave label, so it cannot be shown to be outside it)`;
  return prWave.toLowerCase() === wave.toLowerCase() ? `wave ${inertText(wave)}` : undefined;
}

function frozenByNote(freeze: ManualFreeze): string {
  const parts = [
    ...(freeze.by || freeze.at
      ? [
          `frozen${freeze.by ? ` by ${handle(freeze.by)}` : ""}${freeze.at ? ` at ${inertText(freeze.at)}` : ""}`,
        ]
      : []),
    ...(freeze.receipt ? [`receipt ${codeSpan(freeze.receipt)}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/** ` It was escalated to **eng-lead** (level 2 of 3).` when its labels say so, else nothing. */
function escalationNote(incident: Incident, config: IncidentsConfig): string {
  const level = incident.escalationLevel ?? 0;
  const chain = escalationChain(config, incident.severity);
  const step = chain[level - 1];
  if (!step) return "";
  return ` It was escalated to **${inertText(step.name)}** (level ${level} of ${chain.length}, label ${codeSpan(escalationLabel(step))}).`;
}

/**
 * Blocking `incident-freeze` findings for a PR into a frozen branch: one per
 * open critical incident (scoped to its wave when it names one) and one per
 * manual freeze. A PR from a hotfix branch that references the incident (or
 * the freeze's id) is exempt from that one only.
 */
export function freezeFindings(
  pr: FreezePullRequest,
  incidents: readonly Incident[],
  manualFreezes: readonly ManualFreeze[],
  config: IncidentsConfig,
): Finding[] {
  if (!picomatch(config.freeze_branches)(pr.base)) return [];
  const hotfix = picomatch(config.hotfix_branches)(pr.branch);
  const prWave = waveOf(pr, config);
  const hotfixHint = `Only a PR from a branch matching ${config.hotfix_branches.map((glob) => codeSpan(glob)).join(" or ")} that references it is exempt.`;
  const findings: Finding[] = [];
  for (const incident of incidents) {
    if (!incident.open || incident.severity !== "critical") continue;
    const scope = inScope(incident.wave, prWave);
    if (!scope) continue;
    if (hotfix && references(pr, incident.number, incident.id)) continue;
    findings.push({
      ruleId: FREEZE_RULE_ID,
      severity: "blocking",
      source: "branch",
      message: `Merges into ${codeSpan(pr.base)} are frozen for ${scope} while critical incident ${incidentLink(incident)} is open.${escalationNote(incident, config)} ${hotfixHint}`,
      suggestion: `Reference #${incident.number} in the PR from a hotfix branch, or wait until the incident is closed.`,
    });
  }
  for (const freeze of manualFreezes) {
    const scope = inScope(freeze.wave, prWave);
    if (!scope) continue;
    if (hotfix && references(pr, freeze.number, freeze.id)) continue;
    const where = freeze.number ? ` (${issueRef(freeze.number, freeze.url)})` : "";
    findings.push({
      ruleId: FREEZE_RULE_ID,
      severity: "blocking",
      source: "branch",
      message: `Merges into ${codeSpan(pr.base)} are frozen for ${scope} by ${inertText(freeze.id)}${where}: ${inertText(freeze.reason)}.${frozenByNote(freeze)} It holds until a maintainer clears it. ${hotfixHint}`,
    });
  }
  return findings;
}
