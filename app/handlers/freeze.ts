import type { Context } from "probot";
import type { FreezeCommand } from "../../core/incidents/index.js";
import { runFreezeCommand } from "../../engine/incidents/freeze.js";
import type { AppState } from "../../engine/state.js";
import { onIncidentCommand } from "./incident-command.js";

/**
 * `/pilot-gate freeze <reason>` or `/pilot-gate unfreeze` on an issue or PR
 * (see `runFreezeCommand`). Judged under the default branch's config as it
 * is now; refused with a reply when the incident protocol is off or the config
 * is invalid, so a command never vanishes silently.
 */
export async function onFreezeComment(
  context: Context<"issue_comment.created">,
  state: AppState,
  command: FreezeCommand | { error: string },
): Promise<void> {
  await onIncidentCommand(context, state, command, {
    blockedBy: "freezes cannot be changed",
    whenOff: "so nothing would enforce a freeze",
    run: async (deps, config, comment, freeze, dryRun) => {
      const outcome = await runFreezeCommand(deps, config, comment, freeze, dryRun);
      deps.log.info(
        { outcome },
        `/pilot-gate ${freeze.kind} on #${comment.issue}: ${outcome.status}`,
      );
    },
  });
}
