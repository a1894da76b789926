import type { PullRequestSnapshot, VerdictStatus } from "../core/index.js";
import { DEFAULT_PR_TEMPLATE } from "../core/pr-template.js";
import type { RuleId } from "../core/rules/index.js";
import badBranchName from "./examples/bad-branch-name.md?raw";
import codeownersChange from "./examples/codeowners-change.md?raw";
import noMergeLabel from "./examples/no-merge-label.md?raw";
import openCriticalRisk from "./examples/open-critical-risk.md?raw";
import readyFeature from "./examples/ready-feature.md?raw";
import readyHotfix from "./examples/ready-hotfix.md?raw";
import storyMismatch from "./examples/story-mismatch.md?raw";
import uncheckedDod from "./examples/unchecked-dod.md?raw";

/** A bundled example PR for `pilot-gate demo`, with the verdict it must get. */
export interface Example {
  /** What kind of PR this is, as the demo's heading. */
  name: string;
  /** What the example shows, in one line. */
  shows: string;
  snapshot: PullRequestSnapshot;
  expect: VerdictStatus;
  /** Rules that must be among the failing ones, so the example fails for the reason it is about. */
  blockedBy?: RuleId[];
}

/** The demo's examples, in the order they are shown: ready PRs first, then one problem each. */
export const EXAMPLES: readonly Example[] = [
  {
    name: "A ready feature PR",
    shows: "Every section filled in, every box ticked, the one risk mitigated, evidence linked.",
    snapshot: {
      branch: "feature/S-PC-01-login-page",
      base: "develop",
      title: "S-PC-01: Login page",
      body: readyFeature,
      changedFiles: [
        "src/login/LoginPage.tsx",
        "src/login/LoginPage.module.css",
        "src/login/useLogin.ts",
        "test/login.spec.ts",
        "evidence/story/S-PC-01/login-page.png",
      ],
      labels: ["frontend"],
    },
    expect: "pass",
  },
  {
    name: "A ready hotfix",
    shows: "Hotfix branches carry the incident id; an item that does not apply says N/A and why.",
    snapshot: {
      branch: "hotfix/INC-42-checkout-timeout",
      base: "main",
      title: "INC-42: Raise the payment provider timeout at checkout",
      body: readyHotfix,
      changedFiles: [
        "src/checkout/paymentClient.ts",
        "test/checkout/payment-timeout.spec.ts",
        "docs/runbooks/checkout.md",
        "evidence/incident/INC-42/load-test.md",
      ],
      labels: ["incident"],
    },
    expect: "pass",
  },
  {
    name: "A branch name without a story id",
    shows: "The branch cannot be traced to a story; pilot-gate suggests a name from the PR.",
    snapshot: {
      branch: "feature/password-reset",
      base: "develop",
      title: "S-PC-07: Password reset email",
      body: badBranchName,
      changedFiles: [
        "src/auth/passwordReset.ts",
        "src/emails/ResetPasswordEmail.tsx",
        "test/auth/password-reset.spec.ts",
        "evidence/story/S-PC-07/reset-email.png",
      ],
      labels: [],
    },
    expect: "no_merge",
    blockedBy: ["branch-name"],
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
      labels: [],
    },
    expect: "no_merge",
    blockedBy: ["pr-checklist"],
  },
  {
    name: "An open critical risk",
    shows: "An open critical risk blocks, and so does an open high risk that nobody owns.",
    snapshot: {
      branch: "feature/S-PC-04-card-payments",
      base: "develop",
      title: "S-PC-04: Card payments",
      body: openCriticalRisk,
      changedFiles: [
        "src/payments/cardPayment.ts",
        "src/payments/acquirerClient.ts",
        "src/payments/refunds.ts",
        "test/payments/card-payment.spec.ts",
        "docs/runbooks/payments.md",
        "evidence/story/S-PC-04/sandbox-payments.md",
      ],
      labels: ["payments"],
    },
    expect: "no_merge",
    blockedBy: ["residual-risks"],
  },
  {
    name: "An unticked Definition of Done and no evidence",
    shows: "Every DoD item is ticked or marked N/A, and evidence is a link, not TBD.",
    snapshot: {
      branch: "feature/S-PC-05-order-history",
      base: "develop",
      title: "S-PC-05: Order history page",
      body: uncheckedDod,
      changedFiles: [
        "src/orders/OrderHistoryPage.tsx",
        "src/orders/useOrders.ts",
        "test/orders/order-history.spec.ts",
      ],
      labels: [],
    },
    expect: "no_merge",
    blockedBy: ["pr-checklist"],
  },
  {
    name: "A Story ID that disagrees with the branch",
    shows: "The body says S-PC-09 but the branch says S-PC-06: one of them is wrong.",
    snapshot: {
      branch: "feature/S-PC-06-search-filters",
      base: "develop",
      title: "S-PC-06: Search filters",
      body: storyMismatch,
      changedFiles: [
        "src/search/SearchFilters.tsx",
        "src/search/filterResults.ts",
        "test/search/filters.spec.ts",
        "evidence/story/S-PC-06/search-filters.png",
      ],
      labels: [],
    },
    expect: "no_merge",
    blockedBy: ["pr-checklist"],
  },
  {
    name: "A PR labelled NO_MERGE",
    shows: "The label blocks the merge whatever else the PR says, until someone removes it.",
    snapshot: {
      branch: "feature/S-PC-08-pricing-banner",
      base: "develop",
      title: "S-PC-08: New pricing banner",
      body: noMergeLabel,
      changedFiles: [
        "src/marketing/PricingBanner.tsx",
        "src/marketing/banner-copy.json",
        "evidence/story/S-PC-08/pricing-banner.png",
      ],
      labels: ["NO_MERGE", "marketing"],
    },
    expect: "no_merge",
    blockedBy: ["no-merge-label"],
  },
  {
    name: "A CODEOWNERS change without PO/PM approval",
    shows:
      "Changing who owns the code needs a PO or PM to approve it; the default config names neither yet.",
    snapshot: {
      branch: "feature/S-PC-10-checkout-owners",
      base: "develop",
      title: "S-PC-10: Payments team owns the checkout",
      body: codeownersChange,
      labels: [],
      changedFiles: [".github/CODEOWNERS", "docs/runbooks/checkout.md"],
    },
    expect: "no_merge",
    blockedBy: ["governance-files"],
  },
];
