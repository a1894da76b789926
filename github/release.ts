/**
 * Publishes a planned release (core/release/publish.ts) through GitHub's
 * REST API, without a push: an annotated tag object on the exact commit,
 * the `refs/tags/<tag>` ref to it, and a GitHub release for the tag. The
 * executor (engine/execute.ts) calls it for a `release` write, which the
 * release workflow plans through `pilot-gate release publish` once `release
 * decide` said the tag may be made. A tag that already exists is never
 * moved: GitHub's 422 on the ref is a refusal, and nothing is overwritten.
 */
import { ReleaseError, type ReleaseWrite } from "../core/release/index.js";
import type { GitHubClient } from "./client.js";
import { answerOf, GitHubApiError } from "./errors.js";

/** What publishing created. */
export interface PublishedRelease {
  /** The annotated tag object's id. */
  tagObjectSha: string;
  releaseId: number;
  /** The release's page. */
  releaseUrl: string;
}

function nextStep(status: number | undefined, where: string): string {
  if (status === 404) return `the repository ${where} does not exist or the token cannot see it`;
  if (status === 403) {
    return "the token may not write to the repository; grant contents: write (permissions: contents: write in the workflow)";
  }
  if (status === undefined) return "GitHub could not be reached; re-run";
  return "re-run; if it persists, check GitHub's status";
}

/**
 * GitHub's refusal, or its absence, as a ReleaseError saying what was
 * created; anything else (a bug, a client that may not publish) is
 * rethrown as it is.
 */
function refusal(error: unknown, explain: (status: number | undefined, answer: string) => string) {
  if (!(error instanceof GitHubApiError)) return error;
  const { status } = error;
  return new ReleaseError(explain(status, `${status ?? "no answer"}: ${answerOf(error)}`), {
    status,
    cause: error,
  });
}

/**
 * Creates the annotated tag on the commit and its GitHub release: 3
 * requests (tag object, ref, release). Throws a refused ReleaseError when
 * the tag already exists (the tag object made is left unreferenced; GitHub
 * collects it), and a ReleaseError with the next step on any other failure
 * GitHub answers.
 */
export async function publishRelease(
  gh: GitHubClient,
  release: ReleaseWrite,
): Promise<PublishedRelease> {
  const { tag, sha } = release;
  const where = `${gh.repo.owner}/${gh.repo.repo}`;

  let tagObjectSha: string;
  try {
    tagObjectSha = await gh.createTag(tag, sha, release.message, release.tagger);
  } catch (error) {
    throw refusal(
      error,
      (status, answer) =>
        `could not create the tag object ${tag} on ${sha} in ${where} (${answer}): ${
          status === 422
            ? `GitHub does not know the commit ${sha}; push it, or check --sha`
            : nextStep(status, where)
        }; nothing was created`,
    );
  }

  try {
    await gh.createRef(`refs/tags/${tag}`, tagObjectSha);
  } catch (error) {
    if (
      error instanceof GitHubApiError &&
      error.status === 422 &&
      /already exists/i.test(answerOf(error))
    ) {
      throw new ReleaseError(
        `the tag ${tag} already exists in ${where}; a release tag is never moved or reused, so nothing was overwritten and no release was created. Release the next version.`,
        { status: 422, refused: true, cause: error },
      );
    }
    throw refusal(
      error,
      (status, answer) =>
        `could not create the ref refs/tags/${tag} in ${where} (${answer}): ${nextStep(status, where)}; no tag and no release were created`,
    );
  }

  try {
    const created = await gh.createRelease({
      tag,
      name: release.name,
      body: release.body,
      prerelease: release.prerelease,
    });
    return { tagObjectSha, releaseId: created.id, releaseUrl: created.url };
  } catch (error) {
    throw refusal(
      error,
      (_status, answer) =>
        `the tag ${tag} was created on ${sha} in ${where}, but the release was not (${answer}); the tag stays. Create the release for the existing tag: gh release create ${tag} --repo ${where} --verify-tag --notes-file <notes>${release.prerelease ? " --prerelease" : ""} (re-running publish refuses, because the tag now exists)`,
    );
  }
}
