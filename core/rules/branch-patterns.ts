import picomatch from "picomatch";
import { z } from "zod";

/** Placeholders a branch pattern may use, and what each stands for. */
export const BRANCH_PLACEHOLDERS = ["story", "id", "slug"] as const;
type Placeholder = (typeof BRANCH_PLACEHOLDERS)[number];

/** The kebab-case slug every default branch pattern ends with. */
export const SLUG_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

const PLACEHOLDER_RE = /\{([^{}]*)\}/g;

export const branchPatternEntry = z
  .union([
    z.string(),
    z.strictObject({
      pattern: z
        .string()
        .describe("Branch name pattern with `{story}`, `{id}` and `{slug}` placeholders."),
      bases: z
        .array(z.string())
        .min(1)
        .optional()
        .describe("Glob(s) of the base branches this kind of branch may target."),
    }),
  ])
  .superRefine((entry, ctx) => {
    const pattern = typeof entry === "string" ? entry : entry.pattern;
    for (const match of pattern.matchAll(PLACEHOLDER_RE)) {
      const name = match[1] ?? "";
      if (!(BRANCH_PLACEHOLDERS as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: "custom",
          message: `unknown placeholder {${name}} in "${pattern}"; use {story}, {id} or {slug}`,
        });
      }
    }
    if (pattern.trim() === "")
      ctx.addIssue({ code: "custom", message: "a branch pattern cannot be empty" });
  });

export type BranchPatternEntry = z.output<typeof branchPatternEntry>;

/** A branch pattern ready to match. */
export interface CompiledBranchPattern {
  pattern: string;
  regex: RegExp;
  groups: Placeholder[];
  bases: string[] | undefined;
  baseMatcher: ((base: string) => boolean) | undefined;
}

/** How a branch name matched the configured patterns. */
export interface BranchMatch {
  pattern: string;
  /** The story or incident id captured by `{story}` or `{id}`. */
  storyId: string | undefined;
  slug: string | undefined;
  /** Whether the PR's base branch is one this pattern may target. */
  baseAllowed: boolean;
  bases: string[] | undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Turns `feature/{story}-{slug}` into an anchored regex. Literal text is
 * escaped, so a `.` in a pattern means a dot.
 */
export function compileBranchPattern(
  entry: BranchPatternEntry,
  idPattern: string,
): CompiledBranchPattern {
  const pattern = typeof entry === "string" ? entry : entry.pattern;
  const bases = typeof entry === "string" ? undefined : entry.bases;
  const groups: Placeholder[] = [];
  let source = "";
  let last = 0;
  for (const match of pattern.matchAll(PLACEHOLDER_RE)) {
    const name = match[1] as Placeholder;
    source += escapeRegex(pattern.slice(last, match.index));
    // Named groups, so capture groups inside a team's id pattern cannot shift them.
    source += `(?<g${groups.length}>${name === "slug" ? SLUG_PATTERN : idPattern})`;
    groups.push(name);
    last = (match.index ?? 0) + match[0].length;
  }
  source += escapeRegex(pattern.slice(last));
  return {
    pattern,
    regex: new RegExp(`^${source}$`, "u"),
    groups,
    bases,
    baseMatcher: bases ? picomatch(bases) : undefined,
  };
}

/** Matches a branch against patterns in order; the first pattern that matches wins. */
export function matchBranch(
  branch: string,
  base: string,
  patterns: readonly CompiledBranchPattern[],
): BranchMatch | undefined {
  for (const compiled of patterns) {
    const match = compiled.regex.exec(branch);
    if (!match) continue;
    let storyId: string | undefined;
    let slug: string | undefined;
    compiled.groups.forEach((name, index) => {
      const value = match.groups?.[`g${index}`];
      if (name === "slug") slug ??= value;
      else storyId ??= value;
    });
    return {
      pattern: compiled.pattern,
      storyId,
      slug,
      baseAllowed: compiled.baseMatcher ? compiled.baseMatcher(base) : true,
      bases: compiled.bases,
    };
  }
  return undefined;
}

/** Turns a PR title into a kebab-case slug: `Login page: SSO!` -> `login-page-sso`. */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  return (
    slug
      .slice(0, maxLength)
      .replace(/-[^-]*$/, "")
      .replace(/-+$/, "") || slug.slice(0, maxLength)
  );
}
