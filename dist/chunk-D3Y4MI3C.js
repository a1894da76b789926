import { createRequire as __pilotGateCreateRequire } from "node:module";
const require = __pilotGateCreateRequire(import.meta.url);
import {
  statusOf
} from "./chunk-O7KWS2PP.js";
import {
  RULESET_NAME,
  settingsFromClassic,
  settingsFromRules
} from "./chunk-4NV5KHB3.js";

// github/protection.ts
var PROTECTION_PERMISSION = "administration: write";
async function readProtection(octokit, repo, desired) {
  let actual = { repository: `${repo.owner}/${repo.repo}`, branches: {} };
  if (desired.mode === "rulesets")
    try {
      actual.rulesetId = await findOwnRuleset(octokit, repo);
    } catch (error) {
      let failure = classify(error, "list the repository's rulesets");
      for (let branch of desired.branches) actual.branches[branch] = failure;
      return actual;
    }
  let bypass = /* @__PURE__ */ new Map();
  for (let branch of desired.branches)
    actual.branches[branch] = await readBranch(octokit, repo, branch, bypass);
  return actual;
}
async function readBranch(octokit, repo, branch, bypass) {
  let classic;
  try {
    let { data } = await octokit.request(
      "GET /repos/{owner}/{repo}/branches/{branch}/protection",
      { ...repo, branch }
    );
    classic = settingsFromClassic(data);
  } catch (error) {
    let message = githubMessage(error);
    if (statusOf(error) === 404 && /branch not protected/i.test(message))
      classic = void 0;
    else return statusOf(error) === 404 && /branch not found/i.test(message) ? { kind: "branch-missing" } : classify(error, `read the protection of ${branch}`);
  }
  let rules;
  try {
    let { data } = await octokit.request(
      "GET /repos/{owner}/{repo}/rules/branches/{branch}",
      {
        ...repo,
        branch,
        per_page: 100
      }
    );
    rules = Array.isArray(data) ? data : [];
  } catch (error) {
    return classify(error, `read the ruleset rules of ${branch}`);
  }
  if (rules.length === 0) return { kind: "read", classic };
  let ids = [...new Set(rules.flatMap((rule) => rule.ruleset_id ? [rule.ruleset_id] : []))], adminsBound;
  try {
    adminsBound = (await Promise.all(
      ids.map((id) => {
        let known = bypass.get(id);
        return known || (known = rulesetBindsAdmins(octokit, repo, id), bypass.set(id, known)), known;
      })
    )).every(Boolean);
  } catch (error) {
    return classify(error, `read the rulesets that protect ${branch}`);
  }
  return { kind: "read", classic, rulesets: settingsFromRules(rules, adminsBound) };
}
async function rulesetBindsAdmins(octokit, repo, id) {
  let { data } = await octokit.request(
    "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}",
    {
      ...repo,
      ruleset_id: id
    }
  ), actors = data.bypass_actors;
  return Array.isArray(actors) && actors.length === 0;
}
async function findOwnRuleset(octokit, repo) {
  let { data } = await octokit.request(
    "GET /repos/{owner}/{repo}/rulesets",
    {
      ...repo,
      per_page: 100,
      includes_parents: !1
    }
  );
  return (Array.isArray(data) ? data : []).find(
    (ruleset) => ruleset.name === RULESET_NAME && (ruleset.source_type === void 0 || ruleset.source_type === "Repository")
  )?.id;
}
async function writeProtection(octokit, repo, plan) {
  let outcomes = [];
  for (let write of plan.writes) outcomes.push(await writeOne(octokit, repo, write));
  return outcomes;
}
async function writeOne(octokit, repo, write) {
  try {
    return write.ruleset_id !== void 0 ? await octokit.request(
      "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}",
      {
        ...repo,
        ruleset_id: write.ruleset_id,
        ...write.body
      }
    ) : write.method === "POST" ? await octokit.request("POST /repos/{owner}/{repo}/rulesets", {
      ...repo,
      ...write.body
    }) : await octokit.request(
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection",
      {
        ...repo,
        branch: write.branches[0],
        ...write.body
      }
    ), { ok: !0 };
  } catch (error) {
    let message = githubMessage(error);
    if (statusOf(error) === 404 && /branch not found/i.test(message))
      return {
        ok: !1,
        status: "Missing",
        message: `branch ${write.branches[0]} does not exist: create the branch first, then run sync`
      };
    let failure = classify(error, `write the protection of ${write.branches.join(", ")}`);
    return { ok: !1, status: failure.status, message: failure.message };
  }
}
function classify(error, action) {
  let status = statusOf(error), message = githubMessage(error);
  return status === 403 && /upgrade to github pro|make this repository public/i.test(message) ? {
    kind: "failed",
    status: "Unavailable",
    message: `Unavailable on this plan: GitHub answered "${message}" when pilot-gate tried to ${action}. Make the repository public or move it to a plan with protected branches (Pro, Team or Enterprise).`
  } : status === 401 || status === 403 || status === 404 ? {
    kind: "failed",
    status: "PermissionNeeded",
    message: `Permission needed: ${PROTECTION_PERMISSION}. GitHub answered ${status} "${message}" when pilot-gate tried to ${action}: give the App (or the token: fine-grained "Administration: Read and write", or a classic token with repo scope from a repository admin) that permission.`
  } : status === 422 ? {
    kind: "failed",
    status: "Error",
    message: `GitHub rejected the request to ${action} (422): ${message}`
  } : status === void 0 ? {
    kind: "failed",
    status: "Error",
    message: `GitHub could not be reached to ${action} (${message}); re-run when it can`
  } : {
    kind: "failed",
    status: "Error",
    message: `GitHub answered ${status} when pilot-gate tried to ${action}: ${message}${status >= 500 ? "; re-run later" : ""}`
  };
}
function githubMessage(error) {
  let message = error?.response?.data?.message;
  return typeof message == "string" && message !== "" ? message : error instanceof Error ? error.message : String(error);
}

export {
  readProtection,
  writeProtection
};
