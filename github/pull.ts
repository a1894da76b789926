import { type IncidentsConfig, waveOf } from "../core/incidents/index.js";
import { labelNames } from "../core/labels.js";

/** The parts of a pull request the App uses, from a webhook payload or the REST API alike. */
export interface PullInfo {
  number: number;
  state: string;
  title: string;
  /** `""` when the PR has no body. */
  body: string;
  draft: boolean;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  labels: string[];
  /**
   * How many files GitHub says the PR changes; only PR payloads and
   * `GET /pulls/{n}` carry it (the list of open PRs does not).
   */
  changedFiles: number | undefined;
  /** Who opened the PR (`""` when GitHub does not say, e.g. a deleted account). */
  author: string;
  /** When the PR last changed (ISO 8601), `""` when not given: tells a late delivery from a newer one. */
  updatedAt: string;
}

/** The shape both `pull_request` payloads and `GET /pulls/{n}` share (fields the App reads). */
export interface RawPull {
  number: number;
  state: string;
  title: string;
  body?: string | null;
  draft?: boolean | null;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
  labels?: ({ name?: string | null } | string)[] | null;
  changed_files?: number | null;
  user?: { login?: string } | null;
  updated_at?: string | null;
}

/** Reduces a PR from a payload or the API to what the App uses. */
export function toPullInfo(raw: RawPull): PullInfo {
  return {
    number: raw.number,
    state: raw.state,
    title: raw.title,
    body: raw.body ?? "",
    draft: raw.draft === true,
    headSha: raw.head.sha,
    headRef: raw.head.ref,
    baseSha: raw.base.sha,
    baseRef: raw.base.ref,
    labels: labelNames(raw.labels),
    changedFiles: typeof raw.changed_files === "number" ? raw.changed_files : undefined,
    author: raw.user?.login ?? "",
    updatedAt: raw.updated_at ?? "",
  };
}

/** The wave of a PR (see `waveOf`): its wave label, else its branch or title. */
export function waveOfPull(
  pull: Pick<PullInfo, "labels" | "headRef" | "title">,
  settings: IncidentsConfig,
): string | undefined {
  return waveOf({ labels: pull.labels, branch: pull.headRef, title: pull.title }, settings);
}
