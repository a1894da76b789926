import picomatch from "picomatch";
import { z } from "zod";
import { roleName } from "../config/roles.js";
import { codeSpan, handle, inertText } from "../render/escape.js";
import { isFresh, latestReviews } from "../reviews.js";
import type { Finding, PullRequestSnapshot } from "../types.js";
import { ruleBaseShape } from "./common.js";
import { defineRule } from "./rule.js";

/** Files that decide who owns what and what the gates accept: changing them needs PO/PM approval. */
export const DEFAULT_GOVERNANCE_PATHS = [
  "CODEOWNERS",
  ".github/CODEOWNERS",
  "docs/CODEOWNERS",
  ".github/pilot-gate.yml",
];

/** How many touched files (and role members) a message names before "and N more". */
const LIST_LIMIT = 10;

/**
 * Repository permissions whose approval counts while no approver role has a
 * holder: those who can already change branch protection and settings, so
 * the change that adds the config (and its roles) can be approved at all.
 */
const FALLBACK_PERMISSIONS: ReadonlySet<string> = new Set(["maintain", "admin"]);

export const governanceFiles = defineRule({
  id: "governance-files",
  description:
    "Changes to ownership and threshold files carry an approval from a PO/PM role holder (while the default branch has no config, or the roles name nobody: from someone with maintain or admin permission).",
  options: z.strictObject({
    ...ruleBaseShape,
    paths: z
      .array(z.string().min(1))
      .default(DEFAULT_GOVERNANCE_PATHS)
      .describe("Globs of governance files, e.g. add your thresholds file: config/thresholds.yml."),
    approvers: z
      .array(roleName)
      .default(["po", "pm"])
      .describe("Roles (see `roles`) whose approving review unblocks a change to these files."),
    fresh_approval: z
      .boolean()
      .default(true)
      .describe("Only approvals on the latest pushed commit count."),
  }),
  check(snapshot, options, context): Finding[] {
    if (options.paths.length === 0) return [];
    if (snapshot.changedFiles === undefined) {
      // Contract: runtimes that decide merges (App, Action) always list the
      // changed files and fail the evaluation when they cannot; only the CLI
      // leaves them unknown, so a note is enough and nothing fails open.
      return [
        {
          ruleId: "governance-files",
          severity: "info",
          message: `The changed files were not known, so governance files (${formatList(options.paths)}) were not checked. The required check on GitHub checks them.`,
        },
      ];
    }

    const isGovernance = picomatch(options.paths, { dot: true });
    const touched = snapshot.changedFiles.filter((file) => isGovernance(file));
    // A partial list proves nothing about the files it left out: the PR is
    // treated as changing governance files until an approver signs it off.
    const partial = snapshot.changedFilesPartial;
    if (touched.length === 0 && !partial) return [];

    const members = approverMembers(snapshot, options.approvers);
    const fallback = fallsBack(snapshot, members);
    const latest = latestReviews(snapshot.reviews ?? []);
    const stale: string[] = [];
    const outsiders: string[] = [];
    for (const review of latest.values()) {
      if (review.state !== "approved") continue;
      const login = review.login.toLowerCase();
      if (fallback) {
        // Freshness first: the runtime reads no permission for a stale approval.
        if (options.fresh_approval && !isFresh(review, snapshot.headSha)) {
          stale.push(review.login);
          continue;
        }
        const permission = snapshot.reviewerPermissions?.[login];
        if (permission !== undefined && FALLBACK_PERMISSIONS.has(permission)) return [];
        outsiders.push(
          `${handle(review.login)} (${permission === undefined ? "permission not known" : `${inertText(permission)} permission`})`,
        );
        continue;
      }
      if (!members.has(login)) {
        outsiders.push(handle(review.login));
        continue;
      }
      if (options.fresh_approval && !isFresh(review, snapshot.headSha)) {
        stale.push(review.login);
        continue;
      }
      return [];
    }

    const files = limitList(
      touched.map((file) => codeSpan(file)),
      LIST_LIMIT,
    );
    const changes = partial
      ? [
          `GitHub listed only ${count(partial.listed)} of this PR's ${partial.total === undefined ? "changed files (its list stops there)" : `${count(partial.total)} changed files`}, so pilot-gate cannot rule out changes to governance files (${formatList(options.paths)})${touched.length > 0 ? `; among those listed it changes ${files}` : ""}.`,
          `Split the PR so each part changes fewer files, or have it approved as a governance change.`,
        ]
      : [`This PR changes governance files: ${files}.`];
    const who: string[] = options.approvers.map((role: string): string =>
      describeRole(role, snapshot, context.config.roles),
    );
    const notes: string[] = [];
    if (stale.length > 0) {
      notes.push(
        `Approved by ${joinOr(
          stale.map((l) => handle(l)),
          "and",
        )} on an older commit; approvals must be on the latest push.`,
      );
    }
    if (outsiders.length > 0) {
      notes.push(
        fallback
          ? `Approved by ${joinOr(outsiders, "and")}, which ${outsiders.length === 1 ? "is" : "are"} not maintain or admin.`
          : `Approved by ${joinOr(outsiders, "and")}, who ${outsiders.length === 1 ? "holds" : "hold"} none of these roles.`,
      );
    }
    const latestCommit = options.fresh_approval ? " on its latest commit" : "";
    const roleWord = options.approvers.length === 1 ? "the role" : "one of the roles";
    const fix = fallback
      ? `To unblock, ask someone with maintain or admin permission to approve the PR${latestCommit}, or revert the changes to these files.`
      : `To unblock, ask a holder of ${roleWord} above to approve the PR${latestCommit}, or revert the changes to these files.`;
    return [
      {
        ruleId: "governance-files",
        severity: "blocking",
        message: [
          ...changes,
          ...whoMayApprove(snapshot, who, options.approvers, fallback),
          ...notes,
          fix,
        ].join(" "),
        files: touched,
      },
    ];
  },
});

/**
 * Who may approve, in words: the approver roles, and when none has a holder
 * (or no config exists yet) that a maintainer or admin may, and why.
 */
function whoMayApprove(
  snapshot: PullRequestSnapshot,
  who: readonly string[],
  approvers: readonly string[],
  fallback: boolean,
): string[] {
  const instead =
    "an approving review from someone with maintain or admin permission on the repository counts instead.";
  if (snapshot.configAbsent === true) {
    return [
      `The default branch has no pilot-gate config yet, so no role can approve governance changes: ${instead}`,
    ];
  }
  if (approvers.length === 0) {
    return [
      `No approver roles are configured (${codeSpan("rules.governance-files.approvers")}), so ${instead}`,
    ];
  }
  const needed = `Changes to them need an approving review from ${joinOr(who, "or")}.`;
  return fallback ? [needed, `While these roles name nobody, ${instead}`] : [needed];
}

/**
 * Reviewers whose repository permission decides a governance change: while
 * no approver role has a holder (or the default branch has no config), each
 * distinct reviewer whose latest review approves the PR (on its head commit,
 * under `fresh_approval`). The runtime reads only their permissions, one
 * request each, into `reviewerPermissions`; with role holders, none.
 */
export function reviewersToCheck(
  snapshot: Pick<PullRequestSnapshot, "reviews" | "roleMembers" | "headSha" | "configAbsent">,
  options: { approvers: readonly string[]; fresh_approval: boolean },
): string[] {
  if (!fallsBack(snapshot, approverMembers(snapshot, options.approvers))) return [];
  return [...latestReviews(snapshot.reviews ?? []).values()]
    .filter(
      (review) =>
        review.state === "approved" &&
        (!options.fresh_approval || isFresh(review, snapshot.headSha)),
    )
    .map((review) => review.login);
}

/** A maintainer's approval stands in for the roles': no config yet, or no role holder. */
function fallsBack(
  snapshot: Pick<PullRequestSnapshot, "configAbsent">,
  members: ReadonlySet<string>,
): boolean {
  return snapshot.configAbsent === true || members.size === 0;
}

/** Logins (lowercased) of everyone holding one of `roles`. */
function approverMembers(
  snapshot: Pick<PullRequestSnapshot, "roleMembers">,
  roles: readonly string[],
): Set<string> {
  const members = new Set<string>();
  for (const role of roles) {
    for (const login of snapshot.roleMembers?.[role] ?? []) members.add(login.toLowerCase());
  }
  return members;
}

/**
 * The `roles:` part of the config. Spelt out rather than taken from `Config`,
 * which is built from this rule's own options schema (a type cycle).
 */
type RolesConfig = Readonly<
  Record<string, { users: readonly string[]; teams: readonly string[] } | undefined>
>;

/** `po (@alice, @bob)`, or what the config must add when the role has nobody. */
function describeRole(role: string, snapshot: PullRequestSnapshot, roles: RolesConfig): string {
  const defined = roles[role];
  if (!defined) {
    return `${inertText(role)} (not defined: the config must define ${codeSpan(`roles.${role}.users`)} or ${codeSpan(`roles.${role}.teams`)})`;
  }
  const logins = snapshot.roleMembers?.[role] ?? [];
  if (logins.length === 0) {
    const teams =
      defined.teams.length > 0
        ? `; team ${formatList(defined.teams)} has no members pilot-gate can see`
        : "";
    return `${inertText(role)} (no members${teams}: the config must list them in ${codeSpan(`roles.${role}.users`)} or ${codeSpan(`roles.${role}.teams`)})`;
  }
  const names = limitList(
    logins.map((login) => handle(login)),
    LIST_LIMIT,
  );
  return `${inertText(role)} (${names})`;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

function limitList(items: readonly string[], max: number): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

function joinOr(items: readonly string[], word: "or" | "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

function formatList(items: readonly string[]): string {
  return items.map((item) => codeSpan(item)).join(", ");
}
