import { UsageError } from "../../errors.js";
import type { ReviewRecord } from "./review-command.js";
import { findCandidate, isUnderReview, type Roster, type RosterClass } from "./roster.js";

/** A reviewer's decision on one candidate, as `pilot review resolve` is given it. */
export interface Resolution {
  client: string;
  decision: "accept" | "reject";
  by: string;
  reason: string;
  /** When the decision is applied (ISO 8601). */
  at: string;
  technicalContact?: string;
  businessContact?: string;
  /** The review issue the decision settles, when known. */
  issue?: number;
  /** The App's receipt on the review issue, when applied from one (`--from-issues`). */
  receipt?: string;
}

/**
 * The roster with a reviewer's decision applied and its receipt appended
 * to the candidate: `accept` makes it `SUGERIDO` (a contact given with it is
 * recorded first, and a client still missing one is refused, since the
 * pilot needs both), `reject` makes it `DESCARTADO`. Only a candidate under
 * review (`REVISAR_*`) can be decided; a `UsageError` says why otherwise.
 * The roster given is not changed.
 */
export function applyResolution(roster: Roster, resolution: Resolution): Roster {
  const candidate = findCandidate(roster, resolution.client);
  if (!isUnderReview(candidate.class)) {
    throw new UsageError(
      `${candidate.id} is ${candidate.class}, not under review; only REVISAR_CONTATO and REVISAR_PERFIL candidates are decided (its receipts: ${candidate.receipts.length})`,
    );
  }
  const technical = resolution.technicalContact?.trim() || candidate.technical_contact;
  const business = resolution.businessContact?.trim() || candidate.business_contact;
  if (resolution.decision === "accept") {
    const missing = [
      ...(technical ? [] : ["--technical-contact"]),
      ...(business ? [] : ["--business-contact"]),
    ];
    if (missing.length > 0) {
      throw new UsageError(
        `${candidate.id} cannot be accepted without both contacts; pass ${missing.join(" and ")} "<name and email>" with the decision`,
      );
    }
  }
  const to: RosterClass = resolution.decision === "accept" ? "SUGERIDO" : "DESCARTADO";
  const updated = {
    ...candidate,
    class: to,
    technical_contact: technical,
    business_contact: business,
    receipts: [
      ...candidate.receipts,
      {
        decision: resolution.decision,
        by: resolution.by,
        at: resolution.at,
        reason: resolution.reason,
        from: candidate.class,
        to,
        ...(resolution.issue !== undefined ? { issue: resolution.issue } : {}),
        ...(resolution.receipt !== undefined ? { receipt: resolution.receipt } : {}),
      },
    ],
  };
  return {
    ...roster,
    candidates: roster.candidates.map((c) => (c.id === candidate.id ? updated : c)),
  };
}

/** What became of one receipt read from a review issue. */
export interface AppliedRecord {
  client: string;
  issue: number;
  receipt: string;
  status: "applied" | "unchanged" | "refused";
  /** Why it was refused (e.g. the candidate is no longer under review), or what it did. */
  detail: string;
}

/**
 * The roster with each App receipt (`ReviewRecord`, outcome `done`) read
 * from the pilot's review issues applied in turn: a receipt already in the
 * roster (by its id) leaves it unchanged, so applying the same receipts
 * again changes nothing; one the roster cannot take (no such client, a
 * candidate decided another way, an accept missing a contact) is refused
 * with why, and the others are still applied.
 */
export function applyReviewRecords(
  roster: Roster,
  records: readonly ReviewRecord[],
): { roster: Roster; results: AppliedRecord[] } {
  let current = roster;
  const results: AppliedRecord[] = [];
  for (const record of records) {
    const base = { client: record.client, issue: record.issue, receipt: record.receipt };
    const candidate = current.candidates.find((c) => c.id === record.client);
    if (candidate?.receipts.some((r) => r.receipt === record.receipt)) {
      results.push({ ...base, status: "unchanged", detail: "already in the roster" });
      continue;
    }
    try {
      current = applyResolution(current, {
        client: record.client,
        decision: record.decision,
        by: record.actor,
        reason: record.reason,
        at: record.at,
        issue: record.issue,
        receipt: record.receipt,
      });
      const after = current.candidates.find((c) => c.id === record.client);
      results.push({
        ...base,
        status: "applied",
        detail: `${candidate?.class} -> ${after?.class} (${record.decision} by ${record.actor})`,
      });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      results.push({ ...base, status: "refused", detail: error.message });
    }
  }
  return { roster: current, results };
}

/**
 * The branch the roster workflow proposes a pilot's roster changes on:
 * `pilot-gate/roster-<pilot>`, the name kept to characters a ref takes.
 */
export function rosterBranch(pilot: string): string {
  const safe = pilot
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+|[.-]+$/g, "")
    .replace(/\.{2,}/g, ".");
  return `pilot-gate/roster-${safe.slice(0, 64) || "pilot"}`;
}
