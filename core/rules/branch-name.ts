import picomatch from "picomatch";
import { z } from "zod";
import { findIds } from "../ids.js";
import { proseText } from "../markdown/body.js";
import { codeSpan } from "../render/escape.js";
import type { PullRequestSnapshot } from "../types.js";
import {
  type BranchPatternEntry,
  branchPatternEntry,
  type CompiledBranchPattern,
  compileBranchPattern,
  slugify,
} from "./branch-patterns.js";
import { ruleBaseShape } from "./common.js";
import { defineRule, type RuleContext } from "./rule.js";

export const DEFAULT_BRANCH_PATTERNS: BranchPatternEntry[] = [
  "feature/{story}-{slug}",
  "hotfix/{id}-{slug}",
  "fix/{slug}",
  "chore/{slug}",
  "docs/{slug}",
];

export const DEFAULT_EXEMPT_BRANCHES = ["dependabot/**", "renovate/**"];

/** Branch names follow the playbook so every branch traces back to a story or incident. */
export const branchName = defineRule({
  id: "branch-name",
  description:
    "The head branch is named after a story or incident, e.g. feature/S-PC-01-login-page.",
  options: z.strictObject({
    ...ruleBaseShape,
    patterns: z
      .array(branchPatternEntry)
      .min(1)
      .default(DEFAULT_BRANCH_PATTERNS)
      .describe(
        "Allowed branch names, first match wins. `{story}`/`{id}` match the id pattern, `{slug}` lowercase kebab-case.",
      ),
    exempt: z
      .array(z.string())
      .default(DEFAULT_EXEMPT_BRANCHES)
      .describe("Globs of branches the rule skips, e.g. bots' branches."),
  }),
  check(snapshot, options, context) {
    if (options.exempt.length > 0 && picomatch(options.exempt, { dot: true })(snapshot.branch)) {
      return [
        {
          ruleId: "branch-name",
          severity: "info",
          source: "branch",
          message: `Branch ${codeSpan(snapshot.branch)} is exempt from naming rules (matches ${formatList(options.exempt)}).`,
        },
      ];
    }
    const match = context.branch;
    if (match && !match.baseAllowed) {
      return [
        {
          ruleId: "branch-name",
          severity: "blocking",
          source: "branch",
          message: `Branches named ${codeSpan(match.pattern)} may only target ${formatList(match.bases ?? [])}, but this PR targets ${codeSpan(snapshot.base)}. Change the PR's base branch, or rename the branch to a kind that may target ${codeSpan(snapshot.base)}.`,
        },
      ];
    }
    if (match) return [];

    const compiled = options.patterns.map((entry) =>
      compileBranchPattern(entry, context.config.ids.pattern),
    );
    const suggestion = suggestBranchName(snapshot, compiled, context);
    const allowed = formatList(compiled.map((p) => p.pattern));
    const fix = suggestion
      ? ` Rename it, for example to ${codeSpan(suggestion)} (renaming a branch on GitHub keeps its open PR).`
      : " Rename it to one of these (renaming a branch on GitHub keeps its open PR).";
    return [
      {
        ruleId: "branch-name",
        severity: "blocking",
        source: "branch",
        message: `Branch ${codeSpan(snapshot.branch)} does not match any allowed name: ${allowed}. Ids look like \`S-PC-01\` and slugs are lowercase-kebab-case.${fix}`,
        ...(suggestion ? { suggestion } : {}),
      },
    ];
  },
});

function formatList(items: readonly string[]): string {
  return items.map((item) => codeSpan(item)).join(", ");
}

/**
 * Builds a valid name from what the PR already says: the Story ID section or
 * an id in the title, and a slug from the title. Prefers a pattern of the
 * same kind as the current branch (`feature/...`).
 */
export function suggestBranchName(
  snapshot: PullRequestSnapshot,
  patterns: readonly CompiledBranchPattern[],
  context: Pick<RuleContext, "body" | "config">,
): string | undefined {
  const idPattern = context.config.ids.pattern;
  const storySection = context.body.byId.get("story_id");
  const storyText = storySection
    ? `${storySection.inlineValue}\n${proseText(storySection.nodes)}`
    : "";
  const id = findIds(storyText, idPattern)[0] ?? findIds(snapshot.title, idPattern)[0];
  let titleForSlug = snapshot.title;
  if (id) titleForSlug = titleForSlug.split(id).join(" ");
  const slug =
    slugify(titleForSlug) ||
    slugify(snapshot.branch.replace(/^[^/]*\//, "")) ||
    "describe-the-change";

  const kind = snapshot.branch.split("/")[0]?.toLowerCase() ?? "";
  const ranked = [...patterns].sort((a, b) => rank(a) - rank(b));
  function rank(p: CompiledBranchPattern): number {
    return p.pattern.toLowerCase().startsWith(`${kind}/`) ? 0 : 1;
  }
  for (const pattern of ranked) {
    if (pattern.baseMatcher && !pattern.baseMatcher(snapshot.base)) continue;
    if (!id && pattern.groups.some((g) => g !== "slug")) continue;
    const name = pattern.pattern.replace(/\{(story|id|slug)\}/g, (_, name: string) =>
      name === "slug" ? slug : (id as string),
    );
    if (pattern.regex.test(name)) return name;
  }
  return undefined;
}
