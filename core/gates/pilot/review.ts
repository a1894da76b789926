import { UsageError } from "../../errors.js";
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
      },
    ],
  };
  return {
    ...roster,
    candidates: roster.candidates.map((c) => (c.id === candidate.id ? updated : c)),
  };
}
