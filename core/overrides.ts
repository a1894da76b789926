import type { Config } from "./config/schema.js";
import { fingerprintOf } from "./fingerprint.js";
import { codeSpan } from "./render/escape.js";
import { RULES } from "./rules/index.js";
import { contentId, findCommand } from "./slash-commands.js";
import type { Finding, Receipt, RuleResult, Verdict } from "./types.js";

/** A parsed `/pilot-gate override <rule> reason: <text>` comment. */
export interface OverrideCommand {
  ruleId: string;
  reason: string;
}

/** What the runtime knows about the person asking for an override. */
export interface OverrideRequester {
  login: string;
  /** Repository permission as GitHub reports it: admin, maintain, write, triage, read or none. */
  permission: string;
  /** Logins per role, teams expanded, from the base branch's config. */
  roleMembers: Record<string, string[]>;
}

/** The exact syntax, quoted in every error so the fix can be copied. */
export const OVERRIDE_SYNTAX = "/pilot-gate override <rule-id> reason: <why this is acceptable>";

/** Longest reason kept, in characters; the rest is cut so receipts stay readable. */
export const MAX_REASON_CHARS = 500;

/**
 * Rules whose findings no comment can accept. A NO_MERGE label was put there
 * by a person and is lifted by a person removing it; `pr-body` (a body that
 * could not be read) is not a rule at all, so the other rules never saw it.
 */
const NOT_OVERRIDABLE = new Map<string, string>([
  [
    "no-merge-label",
    "a NO_MERGE label is lifted by removing the label, not by an override: whoever added it decides",
  ],
  [
    "pr-body",
    "a PR body that cannot be read is not a rule and cannot be overridden: shorten or flatten the body",
  ],
]);

/** GitHub's repository permissions, lowest first. */
const PERMISSION_RANK = new Map<string, number>([
  ["none", 0],
  ["read", 1],
  ["triage", 2],
  ["write", 3],
  ["maintain", 4],
  ["admin", 5],
]);

/** True when GitHub's `has` permission is `needed` or higher; an unknown name is never enough. */
export function permissionAtLeast(has: string, needed: string): boolean {
  return (
    (PERMISSION_RANK.get(has.toLowerCase()) ?? 0) >=
    (PERMISSION_RANK.get(needed) ?? Number.POSITIVE_INFINITY)
  );
}

const COMMAND = /^\s*\/pilot-gate\s+override(?:\s+(.*))?$/i;

/**
 * Finds an override command in a comment body. Returns `undefined` when the
 * comment holds none, and an error message when it is malformed. The command
 * must sit on a line of its own, outside code blocks, HTML comments and
 * quotes (see `findCommand`).
 */
export function parseOverrideCommand(
  body: string,
): OverrideCommand | { error: string } | undefined {
  const match = findCommand(body, COMMAND);
  return match ? parseArguments(match[1] ?? "") : undefined;
}

function parseArguments(rest: string): OverrideCommand | { error: string } {
  const args = rest.trim();
  const withRule = /^(\S+)\s*(.*)$/.exec(args);
  const ruleId = withRule?.[1];
  if (!ruleId || /^reason:/i.test(ruleId)) {
    return {
      error: `The override names no rule. Write it on its own line as \`${OVERRIDE_SYNTAX}\`, e.g. \`/pilot-gate override branch-name reason: release branch named by the vendor\`.`,
    };
  }
  const tail = withRule?.[2] ?? "";
  const reasonMatch = /^reason:(.*)$/i.exec(tail);
  if (!reasonMatch) {
    return {
      error: `The override of ${codeSpan(ruleId)} gives no reason. Write it on its own line as \`${OVERRIDE_SYNTAX}\`; the reason is kept in the receipt.`,
    };
  }
  const reason = (reasonMatch[1] ?? "").trim();
  if (reason === "") {
    return {
      error: `The override of ${codeSpan(ruleId)} has an empty reason. Write it on its own line as \`${OVERRIDE_SYNTAX}\`; the reason is kept in the receipt.`,
    };
  }
  return { ruleId: ruleId.toLowerCase(), reason: capReason(reason) };
}

/** Cuts by code points so an emoji is never split in half. */
function capReason(reason: string): string {
  const chars = Array.from(reason);
  return chars.length <= MAX_REASON_CHARS
    ? reason
    : chars.slice(0, MAX_REASON_CHARS).join("").trimEnd();
}

/** Rule ids an override may name. */
export function overridableRuleIds(): string[] {
  return RULES.map((rule) => rule.id).filter((id) => !NOT_OVERRIDABLE.has(id));
}

/** What an override is decided against: the PR's head and what its check showed. */
export interface OverrideContext {
  /** The PR's head commit, which the receipt is tied to. */
  sha: string;
  /** ISO 8601 time of the comment. */
  at: string;
  /** The PR's author, who may not override the rules in `overrides.not_by_author`. */
  author: string | undefined;
  /** The verdict on `sha` now, earlier overrides applied. */
  verdict: Verdict;
  /**
   * When each blocking finding was first shown on `sha`, by fingerprint, as
   * the check run records it (see `recordShown`); a finding missing here was
   * never shown.
   */
  shown: Readonly<Record<string, string>>;
}

/**
 * Decides whether `requester` may override `command.ruleId` under
 * `config.overrides`, and returns the receipt to record: kind `override`
 * when allowed, `refusal` (with `detail`) otherwise.
 *
 * An override covers exactly the rule's open blocking findings that the
 * check showed before the comment was written, by fingerprint: a finding
 * that appeared later (a push, an edit of the body) is not covered, and
 * when none was shown before the comment, the override is refused so its
 * author reads the check again.
 */
export function decideOverride(
  command: OverrideCommand,
  requester: OverrideRequester,
  context: OverrideContext,
  config: Config,
): Receipt {
  const { sha, at } = context;
  const refuse = (detail: string): Receipt => ({
    ...receiptFor("refusal", command, requester.login, sha, at),
    detail,
  });

  const notOverridable = NOT_OVERRIDABLE.get(command.ruleId);
  if (notOverridable) return refuse(`"${command.ruleId}" cannot be overridden: ${notOverridable}.`);
  if (!RULES.some((rule) => rule.id === command.ruleId)) {
    const known = overridableRuleIds().join(", ");
    return refuse(`unknown rule "${command.ruleId}"; rules that can be overridden: ${known}.`);
  }

  const needed = config.overrides.permission;
  const has = requester.permission.toLowerCase();
  const rankOk = permissionAtLeast(has, needed);
  const login = requester.login.toLowerCase();
  const roleOk = config.overrides.roles.some((role) =>
    (requester.roleMembers[role] ?? []).some((member) => member.toLowerCase() === login),
  );
  if (!rankOk && !roleOk) {
    const roles =
      config.overrides.roles.length > 0
        ? ` or one of roles [${config.overrides.roles.join(", ")}]`
        : "";
    return refuse(
      `needs ${needed} permission${roles}; @${requester.login} has ${PERMISSION_RANK.has(has) ? has : `"${requester.permission}"`}.`,
    );
  }

  const author = context.author?.toLowerCase();
  if (author === login && config.overrides.not_by_author.includes(command.ruleId)) {
    return refuse(
      `the author of a PR cannot override "${command.ruleId}" on it (overrides.not_by_author): another person who may override has to.`,
    );
  }

  const open = context.verdict.findings.filter(
    (f) => f.ruleId === command.ruleId && f.severity === "blocking" && !f.acceptedBy,
  );
  if (open.length === 0) {
    return refuse(
      `"${command.ruleId}" has no open blocking finding on ${sha.slice(0, 7)}, so there is nothing to override.`,
    );
  }
  const seen = new Set<string>();
  for (const finding of open) {
    const fingerprint = fingerprintOf(finding);
    const shownAt = context.shown[fingerprint];
    if (shownAt !== undefined && compareTimes(shownAt, at) <= 0) seen.add(fingerprint);
  }
  if (seen.size === 0) {
    return refuse(
      `the PR changed after the comment: no finding of "${command.ruleId}" it now has on ${sha.slice(0, 7)} was shown in the check before the comment was written. Read the check again, and comment again if the override still stands.`,
    );
  }
  return receiptFor("override", command, requester.login, sha, at, [...seen].sort());
}

function receiptFor(
  kind: Receipt["kind"],
  command: OverrideCommand,
  actor: string,
  sha: string,
  at: string,
  findings?: string[],
): Receipt {
  const fields = {
    kind,
    ruleId: command.ruleId,
    actor,
    reason: command.reason,
    sha,
    at,
    ...(findings ? { findings } : {}),
  };
  return { id: receiptId(fields), ...fields };
}

/**
 * `pg-` and the first 16 hex digits of the SHA-256 of the receipt's fields as
 * RFC 8785 canonical JSON: the same request always gets the same id, so a
 * redelivered webhook cannot record it twice. `detail` is derived from the
 * other fields and the config, so it is left out; `findings` counts only
 * when present, so receipts recorded before it keep their ids.
 */
export function receiptId(fields: Omit<Receipt, "id" | "detail">): string {
  const { kind, ruleId, actor, reason, sha, at, findings } = fields;
  return contentId({ kind, ruleId, actor, reason, sha, at, ...(findings ? { findings } : {}) });
}

/**
 * Applies override receipts to a verdict: each blocking finding whose
 * fingerprint an `override` receipt of its rule lists gets `acceptedBy` and
 * stops blocking; a rule whose blocking findings are all accepted shows as
 * `overridden`; the status is recomputed, and every receipt is attached for
 * the summary. Receipts for another commit are ignored unless `carry_over`
 * is on (and then still cover only the findings they list). A receipt that
 * lists no findings (recorded before overrides named them) covers nothing.
 *
 * When several receipts cover a finding, the latest (by `at`, then id) is
 * the one cited. Pure: the input verdict is not changed.
 */
export function applyOverrides(
  verdict: Verdict,
  receipts: readonly Receipt[],
  sha: string,
  config: Config,
): Verdict {
  const carryOver = config.overrides.carry_over;
  const concerns = (r: Receipt): boolean => r.sha === sha || (carryOver && r.kind === "override");

  const attached = sortReceipts(
    dedupe([...(verdict.receipts ?? []), ...receipts.filter(concerns)]),
  );

  const byFinding = new Map<string, Receipt>();
  for (const receipt of attached) {
    if (receipt.kind !== "override" || NOT_OVERRIDABLE.has(receipt.ruleId)) continue;
    for (const fingerprint of receipt.findings ?? []) {
      // Sorted oldest first: the latest wins.
      byFinding.set(`${receipt.ruleId} ${fingerprint}`, receipt);
    }
  }

  const rules: RuleResult[] = verdict.rules.map((rule) => {
    if (NOT_OVERRIDABLE.has(rule.ruleId)) return rule;
    let accepted = 0;
    const findings = rule.findings.map((finding) => {
      if (finding.severity !== "blocking" || finding.acceptedBy) return finding;
      const receipt = byFinding.get(`${rule.ruleId} ${fingerprintOf(finding)}`);
      if (!receipt) return finding;
      accepted++;
      return { ...finding, acceptedBy: receipt } satisfies Finding;
    });
    if (accepted === 0) return rule;
    const open = findings.some((f) => f.severity === "blocking" && !f.acceptedBy);
    return { ...rule, status: open ? rule.status : "overridden", findings };
  });

  // `findings` is every rule's findings in rule order (see evaluatePullRequest).
  const findings = rules.flatMap((rule) => rule.findings);
  const blocked = findings.some((f) => f.severity === "blocking" && !f.acceptedBy);
  const result: Verdict = { ...verdict, status: blocked ? "no_merge" : "pass", rules, findings };
  if (attached.length > 0) result.receipts = attached;
  return result;
}

function dedupe(receipts: readonly Receipt[]): Receipt[] {
  const seen = new Map<string, Receipt>();
  for (const receipt of receipts) if (!seen.has(receipt.id)) seen.set(receipt.id, receipt);
  return [...seen.values()];
}

/** Oldest first; times are compared as instants so offsets like `+02:00` sort right. */
function sortReceipts(receipts: Receipt[]): Receipt[] {
  return receipts.sort((a, b) => compareTimes(a.at, b.at) || compare(a.id, b.id));
}

function compareTimes(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta - tb;
  return compare(a, b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
