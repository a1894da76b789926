import { treeEntries } from "./evidence.js";
import { APP_ID, type GitHubMock, OWNER, REPO, REPO_PATH } from "./github.js";

export const EVIDENCE_HEAD = "e".repeat(40);
export const STORY_HEAD = "5".repeat(40);
export const SECOND_HEAD = "6".repeat(40);

/** A PR as GitHub lists it, carrying `story` in its branch and title. */
export function rawPull(number: number, story: string, head: string, merged: boolean) {
  return {
    id: number,
    number,
    state: merged ? "closed" : "open",
    title: `${story}: work`,
    body: null,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${number}`,
    merged_at: merged ? "2024-05-01T11:00:00Z" : null,
    labels: [],
    draft: false,
    head: { sha: head, ref: `feature/${story}-work` },
    base: { sha: "c3".repeat(20), ref: "master" },
  };
}

/** The reads a cycle judging makes, answered: two stories, one merged green, one still open. */
export function mockReads(
  gh: GitHubMock,
  {
    drill,
    evidence,
    read,
  }: {
    drill: string;
    /** The evidence branch's files instead of the default (S-PC-01's manifest and the drill report). */
    evidence?: Map<string, string>;
    /** The blobs read, in order; default the drill report. */
    read?: string[];
  },
) {
  gh.scope
    .get(`${REPO_PATH}/pulls`)
    .query({ state: "all", sort: "updated", direction: "desc", per_page: "100" })
    .reply(200, [
      rawPull(7, "S-PC-01", STORY_HEAD, true),
      rawPull(8, "S-PC-02", SECOND_HEAD, false),
    ]);
  gh.scope
    .get(`${REPO_PATH}/commits/${STORY_HEAD}/check-runs`)
    .query({
      check_name: "required-check",
      app_id: String(APP_ID),
      filter: "latest",
      per_page: "100",
    })
    .reply(200, {
      total_count: 1,
      check_runs: [
        {
          id: 41,
          name: "required-check",
          head_sha: STORY_HEAD,
          status: "completed",
          conclusion: "success",
          html_url: `https://github.com/${OWNER}/${REPO}/runs/41`,
          app: { id: APP_ID, slug: "pilot-gate" },
          output: {
            title: "Ready",
            summary: "",
            text: null,
            annotations_count: 0,
            annotations_url: "",
          },
        },
      ],
    });
  gh.issuesByLabel("P0", []).issuesByLabel("critical", []);
  gh.branchHead("pilot-evidence", EVIDENCE_HEAD);
  const files =
    evidence ??
    new Map([
      ["evidence/story/S-PC-01/manifest.json", "{}"],
      ["evidence/pilot/p1/reports/restore-drill.json", drill],
    ]);
  gh.tree(EVIDENCE_HEAD, treeEntries(files));
  gh.blobs(read ?? [drill]);
}
