import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  renderText
} from "./chunk-YZES2VGG.js";
import {
  palette,
  useColor
} from "./chunk-T2LBRVU5.js";
import {
  HELP
} from "./chunk-5EA3RFOC.js";
import {
  parseOrExplain
} from "./chunk-IYG7IW7E.js";
import "./chunk-EYTOIYXU.js";
import {
  defaultConfig
} from "./chunk-XRWPT2AM.js";
import "./chunk-ZMO2NGHV.js";
import "./chunk-E3QZQHHB.js";
import {
  DEFAULT_PR_TEMPLATE,
  evaluatePullRequest
} from "./chunk-VUTGOOYN.js";
import "./chunk-MSUCSWVI.js";
import "./chunk-TXBVCHSZ.js";

// cli/commands/demo.ts
import { parseArgs } from "node:util";

// cli/examples/bad-branch-name.md
var bad_branch_name_default = `## Story ID

S-PC-07

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

| Risk                                         | Severity | Status   | Owner  |
| -------------------------------------------- | -------- | -------- | ------ |
| Reset emails land in spam for some providers | low      | accepted | @carla |

## Evidence

- [CI run](https://github.com/acme/shop/actions/runs/1234567891)
- [Email preview](evidence/story/S-PC-07/reset-email.png)

## Runbook impact

Not applicable: no new service or job; the email goes through the existing mailer.
`;

// cli/examples/codeowners-change.md
var codeowners_change_default = `## Story ID

S-PC-10

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] N/A: ownership change only, no behaviour to test

## Definition of Done

- [x] Code reviewed
- [x] N/A: no code changes, only who reviews them
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

No residual risks.

## Evidence

- [Payments team charter, naming it owner of checkout](https://github.com/acme/shop/wiki/Payments-team)
- [CODEOWNERS syntax check](https://github.com/acme/shop/actions/runs/1234567999)

## Runbook impact

[Checkout runbook: who to page](docs/runbooks/checkout.md#who-to-page) now names the payments team.
`;

// cli/examples/no-merge-label.md
var no_merge_label_default = `## Story ID

S-PC-08

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

| Risk                                     | Severity | Status | Owner |
| ---------------------------------------- | -------- | ------ | ----- |
| Banner wording not yet approved by legal | medium   | open   | @erin |

## Evidence

- [CI run](https://github.com/acme/shop/actions/runs/1234567894)
- [Banner screenshot](evidence/story/S-PC-08/pricing-banner.png)

## Runbook impact

Not applicable: static content behind an existing feature flag.
`;

// cli/examples/open-critical-risk.md
var open_critical_risk_default = `## Story ID

S-PC-04

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

| Risk                                                         | Severity | Status   | Owner  |
| ------------------------------------------------------------ | -------- | -------- | ------ |
| Card numbers reach the debug log when the acquirer times out | critical | open     | @bruno |
| Refunds not yet tested against the real acquirer             | high     | open     |        |
| Wallet button layout on small screens                        | low      | accepted | @dani  |

## Evidence

- [CI run](https://github.com/acme/shop/actions/runs/1234567892)
- [Sandbox payment test log](evidence/story/S-PC-04/sandbox-payments.md)

## Runbook impact

[Payments runbook](docs/runbooks/payments.md) gains a section on acquirer outages.
`;

// cli/examples/ready-feature.md
var ready_feature_default = `## Story ID

S-PC-01

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

| Risk                                           | Severity | Status    | Owner |
| ---------------------------------------------- | -------- | --------- | ----- |
| Login rate limit tuned on staging traffic only | medium   | mitigated | @ana  |

## Evidence

- [CI run with the new login tests](https://github.com/acme/shop/actions/runs/1234567890)
- [Screenshots of the login page](evidence/story/S-PC-01/login-page.png)

## Runbook impact

Not applicable: the login page adds no service, job or alert to operate.
`;

// cli/examples/ready-hotfix.md
var ready_hotfix_default = `## Story ID

INC-42

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] N/A: incident fix, no dependencies to unblock
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

No residual risks.

## Evidence

- [Incident timeline](https://github.com/acme/shop/issues/42)
- [Load test of the checkout with the new timeout](evidence/incident/INC-42/load-test.md)

## Runbook impact

[Checkout runbook: payment provider timeouts](docs/runbooks/checkout.md#payment-provider-timeouts) now says to raise the timeout, not to restart the service.
`;

// cli/examples/story-mismatch.md
var story_mismatch_default = `## Story ID

S-PC-09

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [x] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

No residual risks.

## Evidence

- [CI run](https://github.com/acme/shop/actions/runs/1234567893)
- [Filter screenshots](evidence/story/S-PC-06/search-filters.png)

## Runbook impact

Not applicable: the filters run in the browser on results the search service already returns.
`;

// cli/examples/unchecked-dod.md
var unchecked_dod_default = `## Story ID

S-PC-05

## Definition of Ready

- [x] Acceptance criteria agreed with the PO
- [x] Dependencies identified and unblocked
- [x] Test scenarios defined

## Definition of Done

- [x] Code reviewed
- [x] Tests added or updated, and green
- [ ] Smoke suite green
- [x] Docs and runbook updated where needed

## Residual risks

No residual risks.

## Evidence

TBD

## Runbook impact

Not applicable: read-only page over existing order data.
`;

// cli/examples.ts
var EXAMPLES = [
  {
    name: "A ready feature PR",
    shows: "Every section filled in, every box ticked, the one risk mitigated, evidence linked.",
    snapshot: {
      branch: "feature/S-PC-01-login-page",
      base: "develop",
      title: "S-PC-01: Login page",
      body: ready_feature_default,
      changedFiles: [
        "src/login/LoginPage.tsx",
        "src/login/LoginPage.module.css",
        "src/login/useLogin.ts",
        "test/login.spec.ts",
        "evidence/story/S-PC-01/login-page.png"
      ],
      labels: ["frontend"]
    },
    expect: "pass"
  },
  {
    name: "A ready hotfix",
    shows: "Hotfix branches carry the incident id; an item that does not apply says N/A and why.",
    snapshot: {
      branch: "hotfix/INC-42-checkout-timeout",
      base: "main",
      title: "INC-42: Raise the payment provider timeout at checkout",
      body: ready_hotfix_default,
      changedFiles: [
        "src/checkout/paymentClient.ts",
        "test/checkout/payment-timeout.spec.ts",
        "docs/runbooks/checkout.md",
        "evidence/incident/INC-42/load-test.md"
      ],
      labels: ["incident"]
    },
    expect: "pass"
  },
  {
    name: "A branch name without a story id",
    shows: "The branch cannot be traced to a story; pilot-gate suggests a name from the PR.",
    snapshot: {
      branch: "feature/password-reset",
      base: "develop",
      title: "S-PC-07: Password reset email",
      body: bad_branch_name_default,
      changedFiles: [
        "src/auth/passwordReset.ts",
        "src/emails/ResetPasswordEmail.tsx",
        "test/auth/password-reset.spec.ts",
        "evidence/story/S-PC-07/reset-email.png"
      ],
      labels: []
    },
    expect: "no_merge",
    blockedBy: ["branch-name"]
  },
  {
    name: "The PR template, unedited",
    shows: "Sections left as the template has them count as not filled in.",
    snapshot: {
      branch: "feature/S-PC-03-cart-badge",
      base: "develop",
      title: "S-PC-03: Cart badge",
      body: DEFAULT_PR_TEMPLATE,
      changedFiles: ["src/cart/CartBadge.tsx", "test/cart/cart-badge.spec.ts"],
      labels: []
    },
    expect: "no_merge",
    blockedBy: ["pr-checklist"]
  },
  {
    name: "An open critical risk",
    shows: "An open critical risk blocks, and so does an open high risk that nobody owns.",
    snapshot: {
      branch: "feature/S-PC-04-card-payments",
      base: "develop",
      title: "S-PC-04: Card payments",
      body: open_critical_risk_default,
      changedFiles: [
        "src/payments/cardPayment.ts",
        "src/payments/acquirerClient.ts",
        "src/payments/refunds.ts",
        "test/payments/card-payment.spec.ts",
        "docs/runbooks/payments.md",
        "evidence/story/S-PC-04/sandbox-payments.md"
      ],
      labels: ["payments"]
    },
    expect: "no_merge",
    blockedBy: ["residual-risks"]
  },
  {
    name: "An unticked Definition of Done and no evidence",
    shows: "Every DoD item is ticked or marked N/A, and evidence is a link, not TBD.",
    snapshot: {
      branch: "feature/S-PC-05-order-history",
      base: "develop",
      title: "S-PC-05: Order history page",
      body: unchecked_dod_default,
      changedFiles: [
        "src/orders/OrderHistoryPage.tsx",
        "src/orders/useOrders.ts",
        "test/orders/order-history.spec.ts"
      ],
      labels: []
    },
    expect: "no_merge",
    blockedBy: ["pr-checklist"]
  },
  {
    name: "A Story ID that disagrees with the branch",
    shows: "The body says S-PC-09 but the branch says S-PC-06: one of them is wrong.",
    snapshot: {
      branch: "feature/S-PC-06-search-filters",
      base: "develop",
      title: "S-PC-06: Search filters",
      body: story_mismatch_default,
      changedFiles: [
        "src/search/SearchFilters.tsx",
        "src/search/filterResults.ts",
        "test/search/filters.spec.ts",
        "evidence/story/S-PC-06/search-filters.png"
      ],
      labels: []
    },
    expect: "no_merge",
    blockedBy: ["pr-checklist"]
  },
  {
    name: "A PR labelled NO_MERGE",
    shows: "The label blocks the merge whatever else the PR says, until someone removes it.",
    snapshot: {
      branch: "feature/S-PC-08-pricing-banner",
      base: "develop",
      title: "S-PC-08: New pricing banner",
      body: no_merge_label_default,
      changedFiles: [
        "src/marketing/PricingBanner.tsx",
        "src/marketing/banner-copy.json",
        "evidence/story/S-PC-08/pricing-banner.png"
      ],
      labels: ["NO_MERGE", "marketing"]
    },
    expect: "no_merge",
    blockedBy: ["no-merge-label"]
  },
  {
    name: "A CODEOWNERS change without PO/PM approval",
    shows: "Changing who owns the code needs a PO or PM to approve it; the default config names neither yet.",
    snapshot: {
      branch: "feature/S-PC-10-checkout-owners",
      base: "develop",
      title: "S-PC-10: Payments team owns the checkout",
      body: codeowners_change_default,
      labels: [],
      changedFiles: [".github/CODEOWNERS", "docs/runbooks/checkout.md"]
    },
    expect: "no_merge",
    blockedBy: ["governance-files"]
  }
];

// cli/commands/demo.ts
var OPTIONS = {
  help: { type: "boolean", short: "h", default: !1 }
}, STATUS_NAME = { pass: "ready to merge", no_merge: "NO_MERGE" }, FILES_SHOWN = 3;
function fileList(files) {
  if (files.length === 0) return "none";
  let shown = files.slice(0, FILES_SHOWN).join(", ");
  return files.length > FILES_SHOWN ? `${shown} and ${files.length - FILES_SHOWN} more` : shown;
}
function judgeExample(example, config = defaultConfig()) {
  let files = example.snapshot.changedFiles ?? [], headPaths = example.snapshot.headPaths ?? {
    exists: Object.fromEntries(files.map((file) => [file, !0]))
  }, verdict = evaluatePullRequest({ ...example.snapshot, headPaths }, config);
  if (verdict.status !== example.expect)
    return {
      verdict,
      problem: `This example expects ${STATUS_NAME[example.expect]}, but got ${STATUS_NAME[verdict.status]}.`
    };
  let failing = new Set(verdict.rules.filter((r) => r.status === "fail").map((r) => r.ruleId)), missing = (example.blockedBy ?? []).filter((id) => !failing.has(id));
  return missing.length > 0 ? {
    verdict,
    problem: `This example should be blocked by ${missing.join(", ")}, but ${missing.length === 1 ? "that rule" : "those rules"} found nothing blocking.`
  } : { verdict, problem: void 0 };
}
async function runDemo(args, io, examples = EXAMPLES) {
  let { values } = parseOrExplain(
    Object.keys(OPTIONS),
    () => parseArgs({ args, options: OPTIONS, strict: !0, allowPositionals: !1 })
  );
  if (values.help)
    return io.stdout.write(HELP.demo), 0;
  let color = useColor(io.stdout, io.env), c = palette(color), config = defaultConfig(), out = [
    c.bold(
      `pilot-gate demo: ${examples.length} example pull requests, judged with the default rules`
    ),
    c.dim("(the verdicts the pilot-gate check would give them on GitHub)")
  ], wrong = [];
  return examples.forEach((example, index) => {
    let { snapshot } = example, { verdict, problem } = judgeExample(example, config), heading = `${index + 1}/${examples.length} ${example.name}`;
    out.push("", c.bold(`── ${heading} ${"─".repeat(Math.max(3, 72 - heading.length))}`));
    let labels = snapshot.labels.length > 0 ? `   labels: ${snapshot.labels.join(", ")}` : "";
    out.push(
      `   ${c.cyan(snapshot.branch)} → ${c.cyan(snapshot.base)}   "${snapshot.title}"${labels}`
    ), snapshot.changedFiles !== void 0 && out.push(c.dim(`   files: ${fileList(snapshot.changedFiles)}`)), out.push(c.dim(`   ${example.shows}`), ""), out.push(
      renderText(verdict, {
        color,
        body: snapshot.body,
        indent: "   ",
        showRules: !1
      }).trimEnd()
    ), problem && (wrong.push(index + 1), out.push("", c.red(`   ✖ ${problem}`)));
  }), out.push(""), wrong.length === 0 && out.push(c.green(`✔ All ${examples.length} examples got the verdict they expect.`)), out.push(
    `Your own PR: ${c.bold("pilot-gate check --body-file pr.md --base main")} (see --help); set up a repository: ${c.bold("pilot-gate init")}`
  ), io.stdout.write(`${out.join(`
`)}
`), wrong.length > 0 ? (io.stderr.write(
    `pilot-gate demo: ${wrong.length} of ${examples.length} examples did not get the verdict they expect (${wrong.map((n) => `#${n}`).join(", ")}). The rules in this build and the examples disagree; this is a pilot-gate bug.
`
  ), 1) : 0;
}
export {
  judgeExample,
  runDemo
};
