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
  issues: { number: number; body: string; state?: string }[],
): void {
  gh.scope
    .get(`${REPO_PATH}/issues`)
    .query((q) => q.labels === "pilot-gate:freeze" && q.state === "all")
    .reply(
      200,
      issues.map((i) => ({ id: i.number, title: "t", state: "open", labels: [], ...i })),
    );
}
