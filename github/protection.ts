import {
  type ActualProtection,
  type BranchReading,
  type ClassicProtectionResponse,
  type DesiredProtection,
  type PlannedWrite,
  type ProtectionReport,
  RULESET_NAME,
  type RulesetRule,
  settingsFromClassic,
  settingsFromRules,
  type WriteOutcome,
} from "../core/protection/index.js";
import type { SeamOctokit } from "./client.js";
import { statusOf } from "./errors.js";
import type { GitHubRoute } from "./permissions.js";

/** The one Octokit method these functions use: GitHubClient passes its own. */
type ProtectionOctokit = Pick<SeamOctokit, "request">;

export interface ProtectionRepo {
  owner: string;
  repo: string;
}

/** What a failed request means for a branch: its status and the sentence saying what to do. */
type Failure = Extract<BranchReading, { kind: "failed" }>;

/** The permission protection needs; named in every 403 so the fix is one settings page away. */
export const PROTECTION_PERMISSION = "administration: write";

/**
 * Reads the protection of each desired branch, whichever backend holds it:
 * classic protection (`GET .../branches/{branch}/protection`) and the
 * active ruleset rules for the branch from any source (`GET
 * .../rules/branches/{branch}`), plus, for rules that come from rulesets,
 * each ruleset once to see whether admins may bypass it. In rulesets mode,
 * also lists the repository's rulesets to find the one named pilot-gate.
 *
 * Requests: 2 per branch (1 when the branch does not exist or classic
 * protection cannot be read), 1 per distinct ruleset behind a branch's
 * rules, and 1 for the list in rulesets mode. Never throws for GitHub's
 * answers: each becomes a branch status with the next step.
 */
export async function readProtection(
  octokit: ProtectionOctokit,
  repo: ProtectionRepo,
  desired: Pick<DesiredProtection, "mode" | "branches">,
): Promise<ActualProtection> {
  const repository = `${repo.owner}/${repo.repo}`;
  const actual: ActualProtection = { repository, branches: {} };
  if (desired.mode === "rulesets") {
    try {
      actual.rulesetId = await findOwnRuleset(octokit, repo);
    } catch (error) {
      const failure = classify(error, "list the repository's rulesets");
      for (const branch of desired.branches) actual.branches[branch] = failure;
      return actual;
    }
  }
  const bypass = new Map<number, Promise<boolean>>();
  for (const branch of desired.branches) {
    actual.branches[branch] = await readBranch(octokit, repo, branch, bypass);
  }
  return actual;
}

async function readBranch(
  octokit: ProtectionOctokit,
  repo: ProtectionRepo,
  branch: string,
  bypass: Map<number, Promise<boolean>>,
): Promise<BranchReading> {
  let classic: ReturnType<typeof settingsFromClassic> | undefined;
  try {
    const { data } = await octokit.request(
      "GET /repos/{owner}/{repo}/branches/{branch}/protection" satisfies GitHubRoute,
      { ...repo, branch },
    );
    classic = settingsFromClassic(data as ClassicProtectionResponse);
  } catch (error) {
    const message = githubMessage(error);
    if (statusOf(error) === 404 && /branch not protected/i.test(message)) {
      classic = undefined;
    } else if (statusOf(error) === 404 && /branch not found/i.test(message)) {
      return { kind: "branch-missing" };
    } else {
      return classify(error, `read the protection of ${branch}`);
    }
  }
  let rules: RulesetRule[];
  try {
    const { data } = await octokit.request(
      "GET /repos/{owner}/{repo}/rules/branches/{branch}" satisfies GitHubRoute,
      {
        ...repo,
        branch,
        per_page: 100,
      },
    );
    rules = Array.isArray(data) ? (data as RulesetRule[]) : [];
  } catch (error) {
    return classify(error, `read the ruleset rules of ${branch}`);
  }
  if (rules.length === 0) return { kind: "read", classic };
  const ids = [...new Set(rules.flatMap((rule) => (rule.ruleset_id ? [rule.ruleset_id] : [])))];
  let adminsBound: boolean;
  try {
    const bound = await Promise.all(
      ids.map((id) => {
        let known = bypass.get(id);
        if (!known) {
          known = rulesetBindsAdmins(octokit, repo, id);
          bypass.set(id, known);
        }
        return known;
      }),
    );
    adminsBound = bound.every(Boolean);
  } catch (error) {
    return classify(error, `read the rulesets that protect ${branch}`);
  }
  return { kind: "read", classic, rulesets: settingsFromRules(rules, adminsBound) };
}

/**
 * True when the ruleset lets no one bypass it. GitHub shows `bypass_actors`
 * only to admins; when it is absent, admins count as not bound (fail
 * closed: reported as drift, never as applied).
 */
async function rulesetBindsAdmins(
  octokit: ProtectionOctokit,
  repo: ProtectionRepo,
  id: number,
): Promise<boolean> {
  const { data } = await octokit.request(
    "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}" satisfies GitHubRoute,
    {
      ...repo,
      ruleset_id: id,
    },
  );
  const actors = (data as { bypass_actors?: unknown[] }).bypass_actors;
  return Array.isArray(actors) && actors.length === 0;
}

async function findOwnRuleset(
  octokit: ProtectionOctokit,
  repo: ProtectionRepo,
): Promise<number | undefined> {
  const { data } = await octokit.request(
    "GET /repos/{owner}/{repo}/rulesets" satisfies GitHubRoute,
    {
      ...repo,
      per_page: 100,
      includes_parents: false,
    },
  );
  const list = Array.isArray(data)
    ? (data as { id: number; name: string; source_type?: string }[])
    : [];
  return list.find(
    (ruleset) =>
      ruleset.name === RULESET_NAME &&
      (ruleset.source_type === undefined || ruleset.source_type === "Repository"),
  )?.id;
}

/**
 * Runs the plan's writes in order, one request each, and says how each
 * went; never throws for GitHub's answers. Feed the result to
 * `applyOutcomes` for the report after sync.
 */
export async function writeProtection(
  octokit: ProtectionOctokit,
  repo: ProtectionRepo,
  plan: Pick<ProtectionReport, "writes">,
): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = [];
  for (const write of plan.writes) outcomes.push(await writeOne(octokit, repo, write));
  return outcomes;
}

async function writeOne(
  octokit: ProtectionOctokit,
  repo: ProtectionRepo,
  write: PlannedWrite,
): Promise<WriteOutcome> {
  try {
    if (write.ruleset_id !== undefined) {
      await octokit.request(
        "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}" satisfies GitHubRoute,
        {
          ...repo,
          ruleset_id: write.ruleset_id,
          ...write.body,
        },
      );
    } else if (write.method === "POST") {
      // core/protection built each body for its route (rulesetBody,
      // classicProtectionBody); the report keeps it as a record, which
      // cannot show the fields Octokit's types require.
      await octokit.request("POST /repos/{owner}/{repo}/rulesets" satisfies GitHubRoute, {
        ...repo,
        ...write.body,
      } as never);
    } else {
      await octokit.request(
        "PUT /repos/{owner}/{repo}/branches/{branch}/protection" satisfies GitHubRoute,
        {
          ...repo,
          branch: write.branches[0],
          ...write.body,
        } as never, // as for POST above
      );
    }
    return { ok: true };
  } catch (error) {
    const message = githubMessage(error);
    if (statusOf(error) === 404 && /branch not found/i.test(message)) {
      return {
        ok: false,
        status: "Missing",
        message: `branch ${write.branches[0]} does not exist: create the branch first, then run sync`,
      };
    }
    const failure = classify(error, `write the protection of ${write.branches.join(", ")}`);
    return { ok: false, status: failure.status, message: failure.message };
  }
}

/**
 * GitHub's answer as a branch status whose message says what to do:
 * 403 "Upgrade to GitHub Pro" is the plan, any other 401/403 (and a 404,
 * which is how GitHub hides protection from a token without admin rights)
 * is the permission, 422 is GitHub's own message, the rest an error.
 */
export function classify(error: unknown, action: string): Failure {
  const status = statusOf(error);
  const message = githubMessage(error);
  if (status === 403 && /upgrade to github pro|make this repository public/i.test(message)) {
    return {
      kind: "failed",
      status: "Unavailable",
      message: `Unavailable on this plan: GitHub answered "${message}" when pilot-gate tried to ${action}. Make the repository public or move it to a plan with protected branches (Pro, Team or Enterprise).`,
    };
  }
  if (status === 401 || status === 403 || status === 404) {
    return {
      kind: "failed",
      status: "PermissionNeeded",
      message: `Permission needed: ${PROTECTION_PERMISSION}. GitHub answered ${status} "${message}" when pilot-gate tried to ${action}: give the App (or the token: fine-grained "Administration: Read and write", or a classic token with repo scope from a repository admin) that permission.`,
    };
  }
  if (status === 422) {
    return {
      kind: "failed",
      status: "Error",
      message: `GitHub rejected the request to ${action} (422): ${message}`,
    };
  }
  if (status === undefined) {
    return {
      kind: "failed",
      status: "Error",
      message: `GitHub could not be reached to ${action} (${message}); re-run when it can`,
    };
  }
  return {
    kind: "failed",
    status: "Error",
    message: `GitHub answered ${status} when pilot-gate tried to ${action}: ${message}${status >= 500 ? "; re-run later" : ""}`,
  };
}

/** GitHub's own `message` from an Octokit `RequestError`, else the error's text. */
function githubMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data;
  const message = (data as { message?: unknown } | undefined)?.message;
  if (typeof message === "string" && message !== "") return message;
  return error instanceof Error ? error.message : String(error);
}
