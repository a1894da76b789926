import type { SeamOctokit } from "../../app/github/client.js";
import { statusOf } from "../../app/github/errors.js";
import type {
  CheckRunState,
  Gathered,
  Incident,
  ProtectionState,
  ReadinessConfig,
  ReadinessInputs,
} from "../../core/gates/readiness/index.js";

/** The repository readiness reads GitHub state from. */
export interface Repository {
  owner: string;
  repo: string;
}

/** What GitHub state readiness gathers, as `ReadinessInputs["github"]`. */
export type GitHubState = ReadinessInputs["github"];

/** The state when there is nothing to read it with (`--offline`): every part unavailable. */
export function offlineGitHubState(reason: string): GitHubState {
  const none = { available: false as const, reason };
  return { requiredChecks: none, protection: none, incidents: none };
}

function failed(error: unknown, what: string): { available: false; reason: string } {
  const status = statusOf(error);
  const why = status === undefined ? "GitHub could not be reached" : `GitHub answered ${status}`;
  return { available: false, reason: `${why} reading ${what}` };
}

/**
 * Reads what readiness judges from GitHub with a token: the check runs on the
 * exact commit, each protected branch's protection, and the open issues with
 * an incident label. One part failing leaves that part unavailable (its
 * criteria then fail closed); it never stops the others.
 */
export async function gatherGitHubState(
  octokit: SeamOctokit,
  repository: Repository,
  sha: string,
  config: ReadinessConfig,
): Promise<GitHubState> {
  const [requiredChecks, protection, incidents] = await Promise.all([
    checkRuns(octokit, repository, sha),
    branchProtection(octokit, repository, config),
    openIncidents(octokit, repository, config),
  ]);
  return { requiredChecks, protection, incidents };
}

async function checkRuns(
  octokit: SeamOctokit,
  { owner, repo }: Repository,
  sha: string,
): Promise<Gathered<CheckRunState>> {
  try {
    const runs = await octokit.paginate("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
      owner,
      repo,
      ref: sha,
      filter: "latest",
      per_page: 100,
    });
    return {
      available: true,
      items: runs.map((run) => ({
        name: run.name,
        conclusion: run.status === "completed" ? (run.conclusion ?? null) : null,
        ...(run.html_url ? { url: run.html_url } : {}),
      })),
    };
  } catch (error) {
    return failed(error, `the check runs of ${sha}`);
  }
}

async function branchProtection(
  octokit: SeamOctokit,
  { owner, repo }: Repository,
  config: ReadinessConfig,
): Promise<Gathered<ProtectionState>> {
  const items: ProtectionState[] = [];
  for (const branch of config.protected_branches) {
    const url = `https://github.com/${owner}/${repo}/settings/branches`;
    try {
      const { data } = await octokit.request(
        "GET /repos/{owner}/{repo}/branches/{branch}/protection",
        {
          owner,
          repo,
          branch,
        },
      );
      // Applied means the protection requires the checks readiness requires; otherwise it drifted from the playbook.
      const required = new Set([
        ...(data.required_status_checks?.contexts ?? []),
        ...(data.required_status_checks?.checks ?? []).map((c) => c.context),
      ]);
      const absent = config.required_checks.filter((name) => !required.has(name));
      items.push(
        absent.length === 0
          ? { branch, status: "Applied", url }
          : { branch, status: "Drifted", detail: `does not require ${absent.join(", ")}`, url },
      );
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) {
        items.push({ branch, status: "Missing", detail: "branch not protected", url });
      } else if (status === 403 || status === 401) {
        items.push({
          branch,
          status: "unknown",
          detail:
            "Permission needed: reading branch protection needs a token with administration: read (a workflow's GITHUB_TOKEN cannot)",
          url,
        });
      } else {
        items.push({
          branch,
          status: "unknown",
          detail: failed(error, "branch protection").reason,
          url,
        });
      }
    }
  }
  return { available: true, items };
}

async function openIncidents(
  octokit: SeamOctokit,
  { owner, repo }: Repository,
  config: ReadinessConfig,
): Promise<Gathered<Incident>> {
  const labels = [...new Set(Object.values(config.incident_labels).flat())];
  const found = new Map<number, Incident>();
  try {
    // One request per label: GitHub's `labels` filter wants every listed label on an issue.
    for (const label of labels) {
      const issues = await octokit.paginate("GET /repos/{owner}/{repo}/issues", {
        owner,
        repo,
        labels: label,
        state: "open",
        per_page: 100,
      });
      for (const issue of issues) {
        if (issue.pull_request) continue;
        found.set(issue.number, {
          number: issue.number,
          title: issue.title,
          labels: issue.labels
            .map((l) => (typeof l === "string" ? l : (l.name ?? "")))
            .filter(Boolean),
          url: issue.html_url,
        });
      }
    }
  } catch (error) {
    return failed(error, "open incident issues");
  }
  return { available: true, items: [...found.values()].sort((a, b) => a.number - b.number) };
}
