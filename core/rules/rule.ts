import type { z } from "zod";
import type { Config } from "../config/schema.js";
import type { ParsedBody } from "../markdown/body.js";
import type { Finding, PullRequestSnapshot } from "../types.js";
import type { BranchMatch } from "./branch-patterns.js";

/** What evaluation works out once and every rule may read. */
export interface RuleContext {
  config: Config;
  /** The PR body parsed once, with sections matched against `config.sections`. */
  body: ParsedBody;
  /** How the head branch matched the branch patterns; `undefined` when none matched. */
  branch: BranchMatch | undefined;
}

/**
 * A rule: an id, its options schema (a key under `rules:` in the config) and
 * a pure check. Adding a rule means adding a file and a line in the registry.
 */
export interface RuleDefinition<S extends z.ZodType = z.ZodType> {
  id: string;
  /** One line for check summaries and the README. */
  description: string;
  options: S;
  /** When set and false for a config, the rule is skipped whatever its own `enabled` says. */
  active?(config: Config): boolean;
  check(snapshot: PullRequestSnapshot, options: z.output<S>, context: RuleContext): Finding[];
}

/** Identity helper that keeps each rule's options type tied to its check. */
export function defineRule<S extends z.ZodType>(rule: RuleDefinition<S>): RuleDefinition<S> {
  return rule;
}
