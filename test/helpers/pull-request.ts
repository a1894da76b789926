import type { PullRequestSnapshot } from "../../core/types.js";

/** A body that fills every section the default config requires. */
export const VALID_BODY = `## Story ID

S-PC-01

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green

## Residual risks

| Risk | Severity | Status | Owner |
| --- | --- | --- | --- |
| Slow login under load | medium | open | @alice |

## Evidence

- https://ci.example.com/runs/42

## Runbook impact

Not applicable: no operational change.
`;

/**
 * `VALID_BODY` with every Definition of Ready and Done item of the built-in
 * template ticked: valid also in a repository whose own template is the
 * built-in one, as `pilot-gate init` writes it.
 */
export const VALID_TEMPLATE_BODY = VALID_BODY.replace(
  /## Definition of Ready[\s\S]*?## Residual risks/,
  `## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks`,
);

/** A snapshot that passes every default rule; override what a case is about. */
export function snapshot(overrides: Partial<PullRequestSnapshot> = {}): PullRequestSnapshot {
  return {
    branch: "feature/S-PC-01-login-page",
    base: "develop",
    title: "S-PC-01: Login page",
    body: VALID_BODY,
    labels: [],
    ...overrides,
  };
}
