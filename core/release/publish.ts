/**
 * A release as a planned write: the annotated tag on the exact commit, its
 * `refs/tags/<tag>` ref and the GitHub release, checked and with its notes
 * cut to GitHub's limit before anything is sent, so a dry run shows exactly
 * what publishing would send. github/release.ts makes it.
 */
import { fitChars, RELEASE_BODY_CHARS } from "../github-limits.js";

export interface ReleaseTagger {
  name: string;
  email: string;
  /** ISO 8601; GitHub uses the time of the request when left out. */
  date?: string;
}

export interface ReleaseRequestOptions {
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
}

/**
 * The release as a write (core/write-plan.ts): what is sent, with the notes
 * already cut to the limit and `truncated` saying whether they were.
 */
export interface ReleaseWrite extends ReleaseRequestOptions {
  kind: "release";
  truncated: boolean;
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
// A conservative subset of git's ref name rules (git check-ref-format); branches too.
export const TAG_PATTERN =
  /^(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?![./-])[A-Za-z0-9._/+-]+(?<![./]|\.lock)$/;

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
 * Plans the release of `tag` on `sha`. Throws a ReleaseError, before any
 * request, for a tag name git would refuse, a commit id that is not a full
 * one, or an empty tag message.
 */
export function planRelease(options: ReleaseRequestOptions): ReleaseWrite {
  const { tag, sha } = options;
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
  return {
    kind: "release",
    tag,
    sha,
    message: options.message,
    name: options.name,
    body,
    truncated,
    prerelease: options.prerelease,
    ...(options.tagger ? { tagger: options.tagger } : {}),
  };
}
