import type { Config } from "../../core/config/schema.js";
import type {
  CheckRunState,
  Gathered,
  OpenIncidentIssue,
  ProtectionState,
  ReadinessConfig,
  ReadinessInputs,
  SignOffPull,
  SignOffRole,
} from "../../core/gates/readiness/index.js";
import {
  type BranchStatus,
  desiredProtection,
  type ProtectionReport,
  planProtection,
  protectionStatusSchema,
} from "../../core/protection/index.js";
import { type GitHubClient, parseJsonOrUndefined } from "../../github/client.js";
import { readFailure } from "../../github/errors.js";
import { PROTECTION_CHECK_NAME } from "../protection/output.js";

/** What GitHub state readiness gathers, as `ReadinessInputs["github"]`. */
export type GitHubState = ReadinessInputs["github"];

/** The state when there is nothing to read it with (`--offline`): every part unavailable. */
export function offlineGitHubState(reason: string): GitHubState {
  const none = { available: false as const, reason };
  return { requiredChecks: none, protection: none, incidents: none, signOff: none };
}

/**
 * Reads what readiness judges from GitHub with a token: the check runs on the
 * exact commit, each protected branch's protection, the open issues with
 * an incident label, and the sign-off (approvals on the commit's sign-off PR
 * by the holders of each sign-off role). One part failing leaves that part unavailable (its
 * criteria then fail closed); it never stops the others.
 */
export async function gatherGitHubState(
  gh: GitHubClient,
  sha: string,
  config: Config,
  appId: number | undefined,
): Promise<GitHubState> {
  const [requiredChecks, protection, incidents, signOff] = await Promise.all([
    checkRuns(gh, sha, config.check.name, appId),
    branchProtection(gh, config, appId),
    openIncidents(gh, config.readiness),
    readSignOff(gh, sha, config),
  ]);
  return { requiredChecks, protection, incidents, signOff };
}

/**
 * The App's id, which its own checks are told apart by: `protection.app_id`,
 * else APP_ID. `undefined` when neither is set (protection is then unknown).
 */
export function appIdOf(config: Config, env: NodeJS.ProcessEnv): number | undefined {
  if (config.protection.app_id !== undefined) return config.protection.app_id;
  const id = Number((env.APP_ID ?? "").trim());
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/**
 * The latest check runs on the commit. The App's own check (`check.name`)
 * counts only from the App when its id is known: any workflow with checks:
 * write could post a check of that name.
 */
async function checkRuns(
  gh: GitHubClient,
  sha: string,
  checkName: string,
  appId: number | undefined,
): Promise<Gathered<CheckRunState>> {
  try {
    const runs = await gh.listLatestCheckRuns(sha);
    const ours = (run: (typeof runs)[number]) =>
      run.name !== checkName || appId === undefined || run.appId === appId;
    return {
      available: true,
      items: runs.filter(ours).map((run) => ({
        name: run.name,
        conclusion: run.status === "completed" ? (run.conclusion ?? null) : null,
        ...(run.url ? { url: run.url } : {}),
      })),
    };
  } catch (error) {
    return readFailure(error, `the check runs of ${sha}`);
  }
}

/**
 * Each protected branch as `protection plan` judges it: classic protection
 * and the rules that apply to the branch (rulesets) read through the same
 * code, and Applied only when the branch satisfies `protection:` in full
 * (required-check pinned to the App, reviews, admins bound, no force push or
 * deletion). Where the token may not read protection (a workflow's
 * GITHUB_TOKEN), the App's own `pilot-gate/protection` check run on the
 * default branch's head says, which needs only checks: read. Each branch
 * says which source it came from.
 */
async function branchProtection(
  gh: GitHubClient,
  config: Config,
  appId: number | undefined,
): Promise<Gathered<ProtectionState>> {
  const branches = config.readiness.protected_branches;
  const url = `https://github.com/${gh.repo.owner}/${gh.repo.repo}/settings/branches`;
  if (appId === undefined) {
    return {
      available: true,
      items: branches.map((branch) => ({
        branch,
        status: "unknown",
        detail:
          "the App's id is unknown, so whether required-check is pinned to the App cannot be checked: set protection.app_id in the config (or APP_ID)",
        url,
      })),
    };
  }
  const desired = { ...desiredProtection(config.protection, config.check.name, appId), branches };
  const report = planProtection(desired, await gh.readProtection(desired));
  const unreadable = report.branches.some((b) => b.status === "PermissionNeeded");
  const fromCheck = unreadable ? await protectionCheck(gh, appId) : undefined;
  return {
    available: true,
    items: report.branches.map((branch): ProtectionState => {
      if (branch.status === "PermissionNeeded" && fromCheck) {
        return fromCheck.kind === "found"
          ? stateFromCheck(branch.branch, fromCheck, url)
          : {
              branch: branch.branch,
              status: "unknown",
              detail: `Permission needed: the token cannot read branch protection (it needs administration: read), and ${fromCheck.reason}`,
              url,
            };
      }
      return stateFromReading(branch, url);
    }),
  };
}

/** A branch as read from GitHub's protection API. */
function stateFromReading(branch: BranchStatus, url: string): ProtectionState {
  const source = "read from GitHub's protection settings";
  switch (branch.status) {
    case "Applied":
      return { branch: branch.branch, status: "Applied", source, url };
    case "Drifted":
      return {
        branch: branch.branch,
        status: "Drifted",
        detail: `differs from protection: in ${branch.diff.map((d) => d.field).join(", ")}`,
        source,
        url,
      };
    case "Missing":
      return { branch: branch.branch, status: "Missing", detail: branch.message, source, url };
    default:
      return { branch: branch.branch, status: "unknown", detail: branch.message, url };
  }
}

/** A branch as the App's `pilot-gate/protection` check reported it. */
function stateFromCheck(
  branch: string,
  check: Extract<ProtectionCheck, { kind: "found" }>,
  url: string,
): ProtectionState {
  const source = `from the App's ${PROTECTION_CHECK_NAME} check on ${check.sha.slice(0, 7)}, posted ${check.at}`;
  const reported = check.report.branches.find((b) => b.branch === branch);
  if (!reported) {
    return {
      branch,
      status: "unknown",
      detail: `the App's ${PROTECTION_CHECK_NAME} check does not cover ${branch}: add it to protection.branches`,
      url,
    };
  }
  const state = stateFromReading(reported, url);
  return state.status === "unknown" ? state : { ...state, source };
}

type ProtectionCheck =
  | { kind: "found"; report: ProtectionReport; sha: string; at: string }
  | { kind: "unknown"; reason: string };

/**
 * The report in the App's latest `pilot-gate/protection` check run on the
 * default branch's head, posted by the App itself (pinned by its id: a
 * workflow could post a check of that name). The check's text carries the
 * report as JSON; a check cut short or not parsing is unknown.
 */
async function protectionCheck(gh: GitHubClient, appId: number): Promise<ProtectionCheck> {
  try {
    const branch = await gh.getDefaultBranch();
    const run = await gh.findLatestCheckRun(branch, PROTECTION_CHECK_NAME, appId);
    if (!run) {
      return {
        kind: "unknown",
        reason: `the App has posted no ${PROTECTION_CHECK_NAME} check on ${branch}'s head (it does on installation, on protection changes and on pushes that change the config)`,
      };
    }
    const json = /```json\n([\s\S]*)\n```/.exec(run.text ?? "")?.[1];
    const parsed =
      json === undefined ? undefined : protectionStatusSchema.safeParse(parseJsonOrUndefined(json));
    if (!parsed?.success) {
      return {
        kind: "unknown",
        reason: `the App's ${PROTECTION_CHECK_NAME} check on ${branch}'s head carries no readable report`,
      };
    }
    return {
      kind: "found",
      report: parsed.data,
      sha: run.headSha,
      at: run.completedAt ?? run.startedAt ?? "an unknown time",
    };
  } catch (error) {
    return {
      kind: "unknown",
      reason: readFailure(error, `the ${PROTECTION_CHECK_NAME} check`).reason,
    };
  }
}

async function openIncidents(
  gh: GitHubClient,
  config: ReadinessConfig,
): Promise<Gathered<OpenIncidentIssue>> {
  const labels = [...new Set(Object.values(config.incident_labels).flat())];
  const found = new Map<number, OpenIncidentIssue>();
  try {
    // One request per label: GitHub's `labels` filter wants every listed label on an issue.
    for (const label of labels) {
      for (const issue of await gh.listAllOpenIssues(label)) {
        if (issue.isPull) continue;
        found.set(issue.number, {
          number: issue.number,
          title: issue.title,
          labels: issue.labels,
          url: issue.html_url,
        });
      }
    }
  } catch (error) {
    return readFailure(error, "open incident issues");
  }
  return { available: true, items: [...found.values()].sort((a, b) => a.number - b.number) };
}

/** A full or abbreviated SHA naming the same commit as another. */
function sameCommit(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * The sign-off PRs of the commit (labelled `pilot.sign_off.label`, and
 * either its head or the PR whose merge made it) with their reviews, and the
 * holders of each sign-off role (its users and its teams' members). Any read
 * failing leaves the whole sign-off unknown: part of the holders or reviews
 * could turn a missing signature into a wrong one.
 */
async function readSignOff(
  gh: GitHubClient,
  sha: string,
  config: Config,
): Promise<GitHubState["signOff"]> {
  const { label, roles } = config.pilot.sign_off;
  try {
    const labelled = (await gh.listPullsOfCommit(sha)).filter(
      (pull) =>
        pull.labels.some((name) => name.toLowerCase() === label.toLowerCase()) &&
        (sameCommit(sha, pull.headSha) || sameCommit(sha, pull.mergeCommitSha)),
    );
    const teams = new Map<string, Promise<string[]>>();
    const membersOf = (team: string) => {
      let listed = teams.get(team);
      if (!listed) {
        listed = gh.listTeamMembers(gh.repo.owner, team);
        teams.set(team, listed);
      }
      return listed;
    };
    const [pulls, holders] = await Promise.all([
      Promise.all(
        labelled.map(
          async (pull): Promise<SignOffPull> => ({
            number: pull.number,
            url: pull.url,
            headSha: pull.headSha,
            reviews: await gh.listReviews(pull.number),
          }),
        ),
      ),
      Promise.all(
        roles.map(async (role): Promise<SignOffRole> => {
          const defined = config.roles[role];
          if (!defined) return { role, holders: undefined };
          const members = await Promise.all(defined.teams.map(membersOf));
          return { role, holders: [...defined.users, ...members.flat()] };
        }),
      ),
    ]);
    return { available: true, value: { label, roles: holders, pulls } };
  } catch (error) {
    return readFailure(
      error,
      `the sign-off (PRs labelled ${label} of ${sha}, their reviews and the sign-off roles' teams)`,
    );
  }
}
