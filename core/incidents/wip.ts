import { inertText, issueRef } from "../render/escape.js";
import type { Finding } from "../types.js";
import type { IncidentsConfig } from "./config.js";
import { waveOf } from "./model.js";

export const WIP_RULE_ID = "wip-limit";

/** An open PR as the WIP limit sees it. */
export interface WipPullRequest {
  number: number;
  branch: string;
  title: string;
  labels: string[];
  draft: boolean;
  url?: string;
}

/**
 * A blocking `wip-limit` finding when a PR would exceed the number of open,
 * non-draft PRs allowed in its wave. PRs count in the order they were opened
 * (by number), so the first `wip_limit` pass and the next one fails, naming
 * those in flight. Drafts and PRs with no wave are not counted.
 */
export function wipFinding(
  pr: WipPullRequest,
  openPrs: readonly WipPullRequest[],
  config: IncidentsConfig,
): Finding | undefined {
  if (pr.draft) return undefined;
  const wave = waveOf(pr, config);
  if (!wave) return undefined;
  const inFlight = openPrs
    .filter(
      (other) =>
        other.number < pr.number &&
        !other.draft &&
        waveOf(other, config)?.toLowerCase() === wave.toLowerCase(),
    )
    .sort((a, b) => a.number - b.number);
  if (inFlight.length < config.wip_limit) return undefined;
  const names = inFlight.map((other) => issueRef(other.number, other.url)).join(", ");
  return {
    ruleId: WIP_RULE_ID,
    severity: "blocking",
    source: "labels",
    message: `Wave ${inertText(wave)} already has ${inFlight.length} open PRs in flight (${names}); the limit is ${config.wip_limit}. Merge or close one of them, or mark this PR as a draft until one lands.`,
  };
}
