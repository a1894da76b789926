/**
 * The release decision: whether a version may be tagged on a commit, given
 * the readiness verdict and the tags that already exist. Pure: the caller
 * reads the tags (`git tag --list`) and the readiness report.
 */
import { compare as compareSemver, inc } from "semver";
import { UsageError } from "../errors.js";
import { verdictProblem } from "../gates/readiness/report-check.js";

/**
 * The inputs contradict each other (an rc below the last shipped ga, a
 * verdict its own blockers deny): not a release to refuse but input to fix,
 * so the CLI exits 2. The message says what to pass instead.
 */
export class ReleaseInputError extends UsageError {}

export const RELEASE_KINDS = ["rc", "ga"] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

/** A parsed release tag: `vX.Y.Z` (ga) or `vX.Y.Z-rc.N` (rc). */
export interface ReleaseVersion {
  tag: string;
  kind: ReleaseKind;
  major: number;
  minor: number;
  patch: number;
  /** The N of `-rc.N`; undefined for ga. */
  rc: number | undefined;
}

export interface ReleaseRequest {
  /** The version asked for, with or without the leading `v`. */
  version: string;
  kind: ReleaseKind;
  /** The full commit id the tag would point at. */
  sha: string;
  readinessVerdict: "GO" | "NO-GO";
  /** The commit the readiness report judged; a GO on another commit is no GO for this one. */
  readinessSha?: string;
  /** The readiness criteria that block (empty on GO). */
  blockers: readonly string[];
  /** Every tag of the repository; tags that are not release versions are ignored. */
  existingTags: readonly string[];
}

export type ReleaseDecision =
  | {
      action: "tag";
      tag: string;
      kind: ReleaseKind;
      sha: string;
      /** The highest existing release of the same kind, which this one follows. */
      previous: string | undefined;
      /** The annotated tag's message. */
      message: string;
    }
  | { action: "refuse"; tag: string | undefined; kind: ReleaseKind; reasons: string[] };

// No leading zeros (semver §2) and nothing but rc prereleases: a tag like
// v1.2.3-beta.1 or v01.2.3 is refused rather than ordered by guesswork.
const NUMBER = "(0|[1-9]\\d{0,8})";
const GA_PATTERN = new RegExp(`^v${NUMBER}\\.${NUMBER}\\.${NUMBER}$`);
const RC_PATTERN = new RegExp(`^v${NUMBER}\\.${NUMBER}\\.${NUMBER}-rc\\.${NUMBER}$`);
const SHA_PATTERN = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;

/** Parses `vX.Y.Z` or `vX.Y.Z-rc.N`; undefined for anything else. */
export function parseReleaseTag(tag: string): ReleaseVersion | undefined {
  const match = GA_PATTERN.exec(tag) ?? RC_PATTERN.exec(tag);
  if (!match) return undefined;
  const [, major, minor, patch, rc] = match.map(Number) as [number, number, number, number, number];
  return match[4] === undefined
    ? { tag, kind: "ga", major, minor, patch, rc: undefined }
    : { tag, kind: "rc", major, minor, patch, rc };
}

/**
 * Semver precedence (semver's own comparison): by major, minor, patch, then
 * a prerelease sorts before its release (v1.2.0-rc.9 < v1.2.0) and rc
 * numbers compare as numbers (rc.10 > rc.9). Negative, zero or positive like
 * a sort comparator.
 */
export function compareReleases(a: ReleaseVersion, b: ReleaseVersion): number {
  return compareSemver(a.tag, b.tag);
}

/** The tag a version string stands for: `1.2.3` and `v1.2.3` are both `v1.2.3`. */
export function releaseTagOf(version: string): string {
  const trimmed = version.trim();
  return trimmed.startsWith("v") ? trimmed : `v${trimmed}`;
}

/**
 * Decides whether to tag: refuses, listing every reason, when the version
 * does not match its kind, is not above the last release of that kind, is
 * already a tag, the commit id is not a full SHA, or readiness is NO-GO (or
 * judged another commit). Fails closed: anything unexpected is a reason to
 * refuse. Throws `ReleaseInputError` for input that contradicts itself: an
 * rc below the last ga release (the last shipped ga is the highest ga tag),
 * or a verdict its blockers deny.
 */
export function decideRelease(request: ReleaseRequest): ReleaseDecision {
  const { kind, sha } = request;
  const reasons: string[] = [];
  const tag = request.version.trim() === "" ? undefined : releaseTagOf(request.version);
  const wanted = tag === undefined ? undefined : parseReleaseTag(tag);
  const example = kind === "ga" ? "v1.4.0" : "v1.4.0-rc.1";

  if (tag === undefined) {
    reasons.push(`no version given; pass one like ${example}`);
  } else if (!wanted) {
    reasons.push(
      `"${tag}" is not a release version; a ${kind} is ${kind === "ga" ? "vX.Y.Z" : "vX.Y.Z-rc.N"} with no leading zeros, e.g. ${example}`,
    );
  } else if (wanted.kind !== kind) {
    reasons.push(
      `"${tag}" is ${wanted.kind === "ga" ? "a ga version" : "a release candidate"} but kind is ${kind}; pass kind ${wanted.kind} or a version like ${example}`,
    );
  }

  if (!SHA_PATTERN.test(sha)) {
    reasons.push(`"${sha}" is not a full commit id; resolve the ref first (git rev-parse)`);
  }

  const releases = request.existingTags
    .map((t) => parseReleaseTag(t.trim()))
    .filter((v): v is ReleaseVersion => v !== undefined);
  const sameKind = releases.filter((v) => v.kind === kind).sort(compareReleases);
  const previous = sameKind.at(-1);

  if (tag !== undefined && request.existingTags.some((t) => t.trim() === tag)) {
    reasons.push(`${tag} already exists; a release tag is never moved or reused`);
  } else if (wanted && wanted.kind === kind) {
    if (previous && compareReleases(wanted, previous) <= 0) {
      reasons.push(
        `${tag} is not higher than the last ${kind} release ${previous.tag}; pick a version above it`,
      );
    }
  }
  const inconsistent: string[] = [];
  const lastGa = releases
    .filter((v) => v.kind === "ga")
    .sort(compareReleases)
    .at(-1);
  if (wanted?.kind === "rc" && kind === "rc" && lastGa && compareReleases(wanted, lastGa) < 0) {
    inconsistent.push(
      `${wanted.tag} is below ${lastGa.tag}, the last ga release: a release candidate comes before its release, never after it. Pass an rc of a version above ${lastGa.tag}, e.g. v${inc(lastGa.tag, "minor")}-rc.1.`,
    );
  }
  const verdict = verdictProblem(request.readinessVerdict, request.blockers);
  if (verdict !== undefined) {
    inconsistent.push(`${verdict}. Regenerate it with pilot-gate readiness --report.`);
  }
  if (inconsistent.length > 0) {
    throw new ReleaseInputError(`nothing was decided: ${inconsistent.join(" ")}`);
  }

  if (request.readinessSha !== undefined && request.readinessSha.toLowerCase() !== sha) {
    reasons.push(
      `the readiness report judged ${request.readinessSha}, not ${sha}; run readiness on the commit to tag`,
    );
  }
  if (request.readinessVerdict !== "GO") {
    reasons.push(
      `readiness is ${request.readinessVerdict} on ${sha} (blockers: ${request.blockers.join(", ")})`,
    );
  }

  if (reasons.length > 0 || tag === undefined) return { action: "refuse", tag, kind, reasons };
  return {
    action: "tag",
    tag,
    kind,
    sha,
    previous: previous?.tag,
    message: `${tag} (${kind === "ga" ? "release" : "release candidate"}) on ${sha}: readiness GO${previous ? `, follows ${previous.tag}` : ""}`,
  };
}
