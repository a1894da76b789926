import { describe, expect, it } from "vitest";
import { RELEASE_BODY_CHARS } from "../../core/github-limits.js";
import { planRelease, ReleaseError } from "../../core/release/index.js";
import { GitHubClient, WorkflowOnlyError } from "../../github/client.js";
import { publishRelease } from "../../github/release.js";
import { testTokenOctokit } from "../app/helpers/deps.js";
import {
  API,
  countRequests,
  githubScope,
  OWNER,
  REPO,
  REPO_PATH,
  recorded,
  useGitHubMock,
} from "../app/helpers/github.js";

useGitHubMock();

const SHA = "0123456789abcdef0123456789abcdef01234567";
const TAG_OBJECT = "c".repeat(40);
const REPOSITORY = { owner: OWNER, repo: REPO };
/** The release step's client: a workflow token's, the only kind that may publish. */
const client = () => GitHubClient.forWorkflow(testTokenOctokit(), REPOSITORY);
const OPTIONS = {
  tag: "v1.2.0-rc.1",
  sha: SHA,
  message: `v1.2.0-rc.1 (release candidate) on ${SHA}: readiness GO`,
  name: "v1.2.0-rc.1",
  body: "## Readiness: GO\n\n## Evidence\n\n- Statement digest `sha256:abc`\n",
  prerelease: true,
};

const tagAnswer = {
  node_id: "TAG",
  tag: OPTIONS.tag,
  sha: TAG_OBJECT,
  url: `${API}${REPO_PATH}/git/tags/${TAG_OBJECT}`,
  message: OPTIONS.message,
  tagger: { name: "github-actions[bot]", email: "x@users.noreply.github.com", date: "" },
  object: { type: "commit", sha: SHA, url: "" },
  verification: { verified: false, reason: "unsigned", signature: null, payload: null },
};

/** The tag object and the ref, with exact bodies. */
function tagAndRef(scope: ReturnType<typeof githubScope>, refStatus = 201, refMessage = "") {
  scope
    .post(`${REPO_PATH}/git/tags`, {
      tag: OPTIONS.tag,
      message: OPTIONS.message,
      object: SHA,
      type: "commit",
    })
    .reply(201, tagAnswer);
  scope.post(`${REPO_PATH}/git/refs`, { ref: `refs/tags/${OPTIONS.tag}`, sha: TAG_OBJECT }).reply(
    refStatus,
    refStatus < 300
      ? {
          ref: `refs/tags/${OPTIONS.tag}`,
          node_id: "REF",
          url: "",
          object: { type: "tag", sha: TAG_OBJECT, url: "" },
        }
      : { message: refMessage },
  );
}

describe("publishRelease", () => {
  it("creates the tag object, the ref and a prerelease: 3 requests with exact bodies", async () => {
    const scope = githubScope();
    tagAndRef(scope);
    scope
      .post(`${REPO_PATH}/releases`, {
        tag_name: OPTIONS.tag,
        name: OPTIONS.name,
        body: OPTIONS.body,
        prerelease: true,
      })
      .reply(201, { id: 42, html_url: "https://github.com/x/releases/tag/v1.2.0-rc.1" });

    const result = await publishRelease(client(), planRelease(OPTIONS));

    expect(result).toEqual({
      tagObjectSha: TAG_OBJECT,
      releaseId: 42,
      releaseUrl: "https://github.com/x/releases/tag/v1.2.0-rc.1",
    });
    expect(countRequests(recorded)).toEqual({
      total: 3,
      byOperation: {
        "POST /repos/{owner}/{repo}/git/tags": 1,
        "POST /repos/{owner}/{repo}/git/refs": 1,
        "POST /repos/{owner}/{repo}/releases": 1,
      },
    });
  });

  it("sends the tagger when given, and a ga release is no prerelease", async () => {
    const scope = githubScope();
    const tagger = { name: "Release Bot", email: "bot@example.com", date: "2026-05-01T10:00:00Z" };
    scope
      .post(`${REPO_PATH}/git/tags`, {
        tag: "v1.2.0",
        message: "v1.2.0",
        object: SHA,
        type: "commit",
        tagger,
      })
      .reply(201, { ...tagAnswer, tag: "v1.2.0" });
    scope
      .post(`${REPO_PATH}/git/refs`, { ref: "refs/tags/v1.2.0", sha: TAG_OBJECT })
      .reply(201, {});
    scope
      .post(`${REPO_PATH}/releases`, {
        tag_name: "v1.2.0",
        name: "v1.2.0",
        body: "notes",
        prerelease: false,
      })
      .reply(201, { id: 7, html_url: "u" });

    const result = await publishRelease(
      client(),
      planRelease({
        tag: "v1.2.0",
        sha: SHA,
        message: "v1.2.0",
        name: "v1.2.0",
        body: "notes",
        prerelease: false,
        tagger,
      }),
    );

    expect(result.releaseId).toBe(7);
  });

  it("refuses when the tag already exists: no release, nothing overwritten", async () => {
    tagAndRef(githubScope(), 422, "Reference already exists");

    const error = await publishRelease(client(), planRelease(OPTIONS)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ReleaseError);
    expect(error).toMatchObject({ refused: true, status: 422 });
    expect((error as Error).message).toMatch(
      /the tag v1\.2\.0-rc\.1 already exists in Codertocat\/Hello-World.*nothing was overwritten and no release was created/,
    );
    expect(countRequests(recorded).total).toBe(2);
  });

  it("says the tag stays and how to finish when the release cannot be created (422)", async () => {
    const scope = githubScope();
    tagAndRef(scope);
    scope.post(`${REPO_PATH}/releases`).reply(422, {
      message: "Validation Failed",
      errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }],
    });

    const error = await publishRelease(client(), planRelease(OPTIONS)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ReleaseError);
    expect(error).toMatchObject({ refused: false, status: 422 });
    expect((error as Error).message).toMatch(
      /the tag v1\.2\.0-rc\.1 was created on .* but the release was not \(422: Validation Failed.*gh release create v1\.2\.0-rc\.1 --repo Codertocat\/Hello-World --verify-tag --notes-file <notes> --prerelease/,
    );
    expect(countRequests(recorded).total).toBe(3);
  });

  it("explains an unknown commit on the tag object (422) before anything is created", async () => {
    githubScope().post(`${REPO_PATH}/git/tags`).reply(422, { message: "Object does not exist" });

    await expect(publishRelease(client(), planRelease(OPTIONS))).rejects.toThrow(
      /GitHub does not know the commit .*; nothing was created/,
    );
  });

  it("passes on an error that is not GitHub's answer, as it is", async () => {
    // The App's client may not publish: refused before any request, and
    // not dressed up as a GitHub failure.
    const app = new GitHubClient(testTokenOctokit(), REPOSITORY);

    const error = await publishRelease(app, planRelease(OPTIONS)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WorkflowOnlyError);
    expect(recorded).toEqual([]);
  });

  it("sends the notes as planned, cut to GitHub's limit", async () => {
    const scope = githubScope();
    tagAndRef(scope);
    let sent = "";
    scope.post(`${REPO_PATH}/releases`).reply(201, (_uri, body) => {
      sent = (body as { body: string }).body;
      return { id: 1, html_url: "u" };
    });

    const planned = planRelease({ ...OPTIONS, body: "y".repeat(200_000) });
    await publishRelease(client(), planned);

    expect(planned.truncated).toBe(true);
    expect(sent).toHaveLength(RELEASE_BODY_CHARS);
    expect(sent.endsWith("in the evidence pack._\n")).toBe(true);
  });
});
