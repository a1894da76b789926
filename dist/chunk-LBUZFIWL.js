import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  PROTECTION_CHECK_NAME
} from "./chunk-HQDJENAB.js";
import {
  parseJsonOrUndefined,
  readFailure
} from "./chunk-T2NOWLVF.js";
import {
  desiredProtection,
  planProtection,
  protectionStatusSchema
} from "./chunk-XRWPT2AM.js";

// engine/readiness/github-state.ts
function offlineGitHubState(reason) {
  let none = { available: !1, reason };
  return { requiredChecks: none, protection: none, incidents: none, signOff: none };
}
async function gatherGitHubState(gh, sha, config, appId) {
  let [requiredChecks, protection, incidents, signOff] = await Promise.all([
    checkRuns(gh, sha, config.check.name, appId),
    branchProtection(gh, config, appId),
    openIncidents(gh, config.readiness),
    readSignOff(gh, sha, config)
  ]);
  return { requiredChecks, protection, incidents, signOff };
}
function appIdOf(config, env) {
  if (config.protection.app_id !== void 0) return config.protection.app_id;
  let id = Number((env.APP_ID ?? "").trim());
  return Number.isInteger(id) && id > 0 ? id : void 0;
}
async function checkRuns(gh, sha, checkName, appId) {
  try {
    let runs = await gh.listLatestCheckRuns(sha), ours = (run) => run.name !== checkName || appId === void 0 || run.appId === appId;
    return {
      available: !0,
      items: runs.filter(ours).map((run) => ({
        name: run.name,
        conclusion: run.status === "completed" ? run.conclusion ?? null : null,
        ...run.url ? { url: run.url } : {}
      }))
    };
  } catch (error) {
    return readFailure(error, `the check runs of ${sha}`);
  }
}
async function branchProtection(gh, config, appId) {
  let branches = config.readiness.protected_branches, url = `https://github.com/${gh.repo.owner}/${gh.repo.repo}/settings/branches`;
  if (appId === void 0)
    return {
      available: !0,
      items: branches.map((branch) => ({
        branch,
        status: "unknown",
        detail: "the App's id is unknown, so whether required-check is pinned to the App cannot be checked: set protection.app_id in the config (or APP_ID)",
        url
      }))
    };
  let desired = { ...desiredProtection(config.protection, config.check.name, appId), branches }, report = planProtection(desired, await gh.readProtection(desired)), fromCheck = report.branches.some((b) => b.status === "PermissionNeeded") ? await protectionCheck(gh, appId) : void 0;
  return {
    available: !0,
    items: report.branches.map((branch) => branch.status === "PermissionNeeded" && fromCheck ? fromCheck.kind === "found" ? stateFromCheck(branch.branch, fromCheck, url) : {
      branch: branch.branch,
      status: "unknown",
      detail: `Permission needed: the token cannot read branch protection (it needs administration: read), and ${fromCheck.reason}`,
      url
    } : stateFromReading(branch, url))
  };
}
function stateFromReading(branch, url) {
  let source = "read from GitHub's protection settings";
  switch (branch.status) {
    case "Applied":
      return { branch: branch.branch, status: "Applied", source, url };
    case "Drifted":
      return {
        branch: branch.branch,
        status: "Drifted",
        detail: `differs from protection: in ${branch.diff.map((d) => d.field).join(", ")}`,
        source,
        url
      };
    case "Missing":
      return { branch: branch.branch, status: "Missing", detail: branch.message, source, url };
    default:
      return { branch: branch.branch, status: "unknown", detail: branch.message, url };
  }
}
function stateFromCheck(branch, check, url) {
  let source = `from the App's ${PROTECTION_CHECK_NAME} check on ${check.sha.slice(0, 7)}, posted ${check.at}`, reported = check.report.branches.find((b) => b.branch === branch);
  if (!reported)
    return {
      branch,
      status: "unknown",
      detail: `the App's ${PROTECTION_CHECK_NAME} check does not cover ${branch}: add it to protection.branches`,
      url
    };
  let state = stateFromReading(reported, url);
  return state.status === "unknown" ? state : { ...state, source };
}
async function protectionCheck(gh, appId) {
  try {
    let branch = await gh.getDefaultBranch(), run = await gh.findLatestCheckRun(branch, PROTECTION_CHECK_NAME, appId);
    if (!run)
      return {
        kind: "unknown",
        reason: `the App has posted no ${PROTECTION_CHECK_NAME} check on ${branch}'s head (it does on installation, on protection changes and on pushes that change the config)`
      };
    let json = /```json\n([\s\S]*)\n```/.exec(run.text ?? "")?.[1], parsed = json === void 0 ? void 0 : protectionStatusSchema.safeParse(parseJsonOrUndefined(json));
    return parsed?.success ? {
      kind: "found",
      report: parsed.data,
      sha: run.headSha,
      at: run.completedAt ?? run.startedAt ?? "an unknown time"
    } : {
      kind: "unknown",
      reason: `the App's ${PROTECTION_CHECK_NAME} check on ${branch}'s head carries no readable report`
    };
  } catch (error) {
    return {
      kind: "unknown",
      reason: readFailure(error, `the ${PROTECTION_CHECK_NAME} check`).reason
    };
  }
}
async function openIncidents(gh, config) {
  let labels = [...new Set(Object.values(config.incident_labels).flat())], found = /* @__PURE__ */ new Map();
  try {
    for (let label of labels)
      for (let issue of await gh.listAllOpenIssues(label))
        issue.isPull || found.set(issue.number, {
          number: issue.number,
          title: issue.title,
          labels: issue.labels,
          url: issue.html_url
        });
  } catch (error) {
    return readFailure(error, "open incident issues");
  }
  return { available: !0, items: [...found.values()].sort((a, b) => a.number - b.number) };
}
function sameCommit(a, b) {
  if (b === void 0) return !1;
  let [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.startsWith(y) || y.startsWith(x);
}
async function readSignOff(gh, sha, config) {
  let { label, roles } = config.pilot.sign_off;
  try {
    let labelled = (await gh.listPullsOfCommit(sha)).filter(
      (pull) => pull.labels.some((name) => name.toLowerCase() === label.toLowerCase()) && (sameCommit(sha, pull.headSha) || sameCommit(sha, pull.mergeCommitSha))
    ), teams = /* @__PURE__ */ new Map(), membersOf = (team) => {
      let listed = teams.get(team);
      return listed || (listed = gh.listTeamMembers(gh.repo.owner, team), teams.set(team, listed)), listed;
    }, [pulls, holders] = await Promise.all([
      Promise.all(
        labelled.map(
          async (pull) => ({
            number: pull.number,
            url: pull.url,
            headSha: pull.headSha,
            reviews: await gh.listReviews(pull.number)
          })
        )
      ),
      Promise.all(
        roles.map(async (role) => {
          let defined = config.roles[role];
          if (!defined) return { role, holders: void 0 };
          let members = await Promise.all(defined.teams.map(membersOf));
          return { role, holders: [...defined.users, ...members.flat()] };
        })
      )
    ]);
    return { available: !0, value: { label, roles: holders, pulls } };
  } catch (error) {
    return readFailure(
      error,
      `the sign-off (PRs labelled ${label} of ${sha}, their reviews and the sign-off roles' teams)`
    );
  }
}

export {
  offlineGitHubState,
  gatherGitHubState,
  appIdOf
};
