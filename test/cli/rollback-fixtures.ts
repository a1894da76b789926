/** What the rollback command tests share: release packs and the freeze issues GitHub lists. */
import { STATEMENT_FILE } from "../../core/evidence/index.js";
import { evidencePack } from "../app/helpers/evidence.js";
import { type GitHubMock, REPO_PATH } from "../app/helpers/github.js";

/** The statement.json of release pack `tag` on `commit`, whose readiness report says `verdict`. */
export function releaseStatement(tag: string, commit: string, verdict: string): string {
  const folder = `evidence/release/${tag}`;
  const files = evidencePack({
    folder,
    commit,
    files: { "reports/readiness.json": JSON.stringify({ kind: "readiness", verdict }) },
  });
  return files.get(`${folder}/${STATEMENT_FILE}`) as string;
}

/** The freeze-labelled issues, open and closed (every page), as GitHub lists them. */
export function freezeIssues(
  gh: GitHubMock,
  issues: {
    number: number;
    body: string;
    state?: string;
    user?: { login: string; type: string };
  }[],
): void {
  gh.scope
    .get(`${REPO_PATH}/issues`)
    .query((q) => q.labels === "pilot-gate:freeze" && q.state === "all")
    .reply(
      200,
      issues.map((i) => ({ id: i.number, title: "t", state: "open", labels: [], ...i })),
    );
}

/** `GET git/ref/heads/<name>`: the branch's head, or 404 for `null`. */
export function branchRef(gh: GitHubMock, name: string, sha: string | null): void {
  const path = `${REPO_PATH}/git/ref/${encodeURIComponent(`heads/${name}`)}`;
  if (sha === null) gh.scope.get(path).reply(404, { message: "Not Found" });
  else gh.scope.get(path).reply(200, { ref: `refs/heads/${name}`, object: { sha } });
}

/** `GET git/commits/<sha>`: the commit and its tree. */
export function commitTree(gh: GitHubMock, sha: string, tree: string): void {
  gh.scope.get(`${REPO_PATH}/git/commits/${sha}`).reply(200, { sha, tree: { sha: tree } });
}
