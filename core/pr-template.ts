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

/**
 * Where GitHub looks for a repository's single PR template, in the order
 * pilot-gate tries them: `.github/`, the root, `docs/`. GitHub documents the
 * three places but not which wins when several hold one, so every runtime
 * takes the first in this order. Templates in a `PULL_REQUEST_TEMPLATE/`
 * folder are picked per PR with the `template` query parameter, so which one
 * a PR started from cannot be told; they are not read.
 */
export const PR_TEMPLATE_DIRS = [".github", "", "docs"] as const;

/** The template's name as `pilot-gate init` writes it and GitHub's documentation spells it. */
export const PR_TEMPLATE_NAME = "pull_request_template.md";

/** GitHub reads the name in any case, with `.md`, `.txt` or no extension. */
const TEMPLATE_FILE = /^pull_request_template(?:\.md|\.txt)?$/i;

/** Whether `path` (repository-relative) is where GitHub looks for the default PR template. */
export function isPrTemplatePath(path: string): boolean {
  const slash = path.lastIndexOf("/");
  const dir = slash === -1 ? "" : path.slice(0, slash);
  return (
    (PR_TEMPLATE_DIRS as readonly string[]).includes(dir) &&
    TEMPLATE_FILE.test(path.slice(slash + 1))
  );
}

/**
 * The PR template among one folder's file names, or `undefined`: the
 * documented spelling first, then the others in sorted order, so the
 * CLI and the App pick the same file.
 */
export function pickPrTemplateName(names: Iterable<string>): string | undefined {
  const matches = [...names].filter((name) => TEMPLATE_FILE.test(name));
  if (matches.includes(PR_TEMPLATE_NAME)) return PR_TEMPLATE_NAME;
  return matches.sort()[0];
}
