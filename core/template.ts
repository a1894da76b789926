/**
 * The PR template `pilot-gate init` writes. Sections left exactly as here
 * count as unfilled, so an unedited template never passes.
 */
export const DEFAULT_PR_TEMPLATE = `## Story ID

<!-- The story or incident id, e.g. S-PC-01. It must be the id in the branch name. -->

## Definition of Ready

- [ ] Acceptance criteria agreed with the PO
- [ ] Dependencies identified and unblocked
- [ ] Test scenarios defined

## Definition of Done

- [ ] Code reviewed
- [ ] Tests added or updated, and green
- [ ] Smoke suite green
- [ ] Docs and runbook updated where needed

<!-- An item that does not apply: replace its text with "N/A: <reason>" and tick it. -->

## Residual risks

<!-- One row per risk, or write "No residual risks." Severity: critical, high, medium, low. Status: open, mitigated, accepted, closed. An open critical risk blocks the merge, as does an open high risk without an owner. -->

| Risk | Severity | Status | Owner |
| --- | --- | --- | --- |
| <risk> | <severity> | <status> | <owner> |

## Evidence

<!-- Links to test runs, screenshots, logs, or evidence files in this repo (e.g. evidence/story/S-PC-01/). -->

- <link>

## Runbook impact

<!-- A link to the runbook you changed, or "Not applicable: <reason>". -->
`;
