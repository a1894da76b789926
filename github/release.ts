/**
 * Publishes a release through GitHub's REST API, without a push: an
 * annotated tag object on the exact commit, the `refs/tags/<tag>` ref to it,
 * and a GitHub release for the tag. The release workflow calls it through
 * `pilot-gate release publish` once `release decide` said the tag may be made.
 * A tag that already exists is never moved: GitHub's 422 on the ref is a
 * refusal, and nothing is overwritten.
 */
import { fitChars, RELEASE_BODY_CHARS } from "../core/github-limits.js";
import type { SeamOctokit } from "./client.js";
import { statusOf } from "./errors.js";

export interface ReleaseTagger {
  name: string;
  email: string;
  /** ISO 8601; GitHub uses the time of the request when left out. */
  date?: string;
}

export interface PublishReleaseOptions {
  /** The tag to create, e.g. `v1.2.0` or `v1.2.0-rc.1`. */
  tag: string;
  /** The full commit id the tag points at. */
  sha: string;
  /** The annotated tag's message. */
  message: string;
  /** The release's title. */
  name: string;
  /** The release notes (Markdown); truncated, with a note, past RELEASE_BODY_CHARS. */
  body: string;
  /** True for a release candidate. */
  prerelease: boolean;
  /** Omitted: GitHub records the token's identity as the tagger. */
  tagger?: ReleaseTagger;
  /** Validate and return what would be done, with no request. */
  dryRun?: boolean;
}

export interface PublishReleaseResult {
  tag: string;
  sha: string;
  dryRun: boolean;
  /** The annotated tag object's id; undefined on a dry run. */
  tagObjectSha: string | undefined;
  releaseId: number | undefined;
  /** The release's page; undefined on a dry run. */
  releaseUrl: string | undefined;
  /** The body sent (or that would be sent), after truncation. */
  body: string;
  /** True when the notes were cut to RELEASE_BODY_CHARS. */
  truncated: boolean;
  /** Requests made: 3 when published, 0 on a dry run. */
  requests: number;
}

/**
 * A release that was not published. `refused` is true when the tag already
 * exists (nothing was changed); otherwise the message says what was created
 * before the failure and the next step.
 */
export class ReleaseError extends Error {
  override readonly name = "ReleaseError";
  readonly status: number | undefined;
  readonly refused: boolean;
  constructor(message: string, options: { status?: number; refused?: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.refused = options.refused ?? false;
  }
}

const SHA_PATTERN = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
// A conservative subset of git's ref name rules (git check-ref-format).
const TAG_PATTERN = /^(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?![./-])[A-Za-z0-9._/+-]+(?<![./]|\.lock)$/;

function reason(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
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
 * Cuts `body` to GitHub's limit, ending with a note that says so; never
 * splits a surrogate pair.
 */
export function truncateReleaseBody(body: string): { body: string; truncated: boolean } {
  if (body.length <= RELEASE_BODY_CHARS) return { body, truncated: false };
  const note = `\n\n---\n_These notes were ${body.length.toLocaleString("en-US")} characters, over GitHub's ${RELEASE_BODY_CHARS.toLocaleString("en-US")}-character limit, and were truncated here; the full readiness report is in the evidence pack._\n`;
  return { body: fitChars(body, RELEASE_BODY_CHARS, note), truncated: true };
}

/**
 * Creates the annotated tag `tag` on `sha` and its GitHub release: 3
 * requests (tag object, ref, release), none on a dry run. Throws a refused
 * ReleaseError when the tag already exists (the tag object made is left
 * unreferenced; GitHub collects it), and a ReleaseError with the next step
 * on any other failure.
 */
export async function publishRelease(
  octokit: SeamOctokit,
  repository: { owner: string; repo: string },
  options: PublishReleaseOptions,
): Promise<PublishReleaseResult> {
  const { owner, repo } = repository;
  const { tag, sha } = options;
  const where = `${owner}/${repo}`;
  if (!TAG_PATTERN.test(tag)) {
    throw new ReleaseError(`"${tag}" is not a valid tag name; nothing was created`, {});
  }
  if (!SHA_PATTERN.test(sha)) {
    throw new ReleaseError(
      `"${sha}" is not a full commit id; resolve the ref first (git rev-parse); nothing was created`,
      {},
    );
  }
  if (options.message.trim() === "") {
    throw new ReleaseError("the tag message is empty; nothing was created", {});
  }
  const { body, truncated } = truncateReleaseBody(options.body);
  if (options.dryRun) {
    return {
      tag,
      sha,
      dryRun: true,
      tagObjectSha: undefined,
      releaseId: undefined,
      releaseUrl: undefined,
      body,
      truncated,
      requests: 0,
    };
  }

  let tagObject: { sha: string };
  try {
    const { data } = await octokit.request("POST /repos/{owner}/{repo}/git/tags", {
      owner,
      repo,
      tag,
      message: options.message,
      object: sha,
      type: "commit",
      ...(options.tagger ? { tagger: options.tagger } : {}),
    });
    tagObject = data as { sha: string };
  } catch (error) {
    const status = statusOf(error);
    throw new ReleaseError(
      `could not create the tag object ${tag} on ${sha} in ${where} (${status ?? "no answer"}: ${reason(error)}): ${
        status === 422
          ? `GitHub does not know the commit ${sha}; push it, or check --sha`
          : nextStep(status, where)
      }; nothing was created`,
      { status, cause: error },
    );
  }

  try {
    await octokit.request("POST /repos/{owner}/{repo}/git/refs", {
      owner,
      repo,
      ref: `refs/tags/${tag}`,
      sha: tagObject.sha,
    });
  } catch (error) {
    const status = statusOf(error);
    if (status === 422 && /already exists/i.test(reason(error))) {
      throw new ReleaseError(
        `the tag ${tag} already exists in ${where}; a release tag is never moved or reused, so nothing was overwritten and no release was created. Release the next version.`,
        { status, refused: true, cause: error },
      );
    }
    throw new ReleaseError(
      `could not create the ref refs/tags/${tag} in ${where} (${status ?? "no answer"}: ${reason(error)}): ${nextStep(status, where)}; no tag and no release were created`,
      { status, cause: error },
    );
  }

  try {
    const { data } = await octokit.request("POST /repos/{owner}/{repo}/releases", {
      owner,
      repo,
      tag_name: tag,
      name: options.name,
      body,
      prerelease: options.prerelease,
    });
    const release = data as { id: number; html_url: string };
    return {
      tag,
      sha,
      dryRun: false,
      tagObjectSha: tagObject.sha,
      releaseId: release.id,
      releaseUrl: release.html_url,
      body,
      truncated,
      requests: 3,
    };
  } catch (error) {
    const status = statusOf(error);
    throw new ReleaseError(
      `the tag ${tag} was created on ${sha} in ${where}, but the release was not (${status ?? "no answer"}: ${reason(error)}); the tag stays. Create the release for the existing tag: gh release create ${tag} --repo ${where} --verify-tag --notes-file <notes>${options.prerelease ? " --prerelease" : ""} (re-running publish refuses, because the tag now exists)`,
      { status, cause: error },
    );
  }
}
