import type { Context } from "probot";
import type { OperatorCommand } from "../../core/incidents/operator-command.js";
import { helpReply, runOperatorCommand } from "../../engine/incidents/operator.js";
import type { AppState } from "../../engine/state.js";
import { onIncidentCommand } from "./incident-command.js";

/**
 * An operator command (`/pilot-gate inspect`, `escalate`, `assign`, ...) on
 * an issue or PR (see `runOperatorCommand`). Help, and an unknown command,
 * is answered whatever the config says: a mistyped override on a PR gets
 * the list too. The rest is judged under the default branch's config as it
 * is now, with a reply when it is invalid or the incident protocol is off.
 */
export async function onOperatorComment(
  context: Context<"issue_comment.created">,
  state: AppState,
  command: OperatorCommand | { error: string },
): Promise<void> {
  await onIncidentCommand(context, state, command, {
    blockedBy: "operator commands cannot run",
    whenOff: "so there are no incidents or blocked items to operate on",
    answerFirst: (parsed, login) =>
      parsed.kind === "help" ? helpReply(login, parsed.unknown) : undefined,
    run: async (deps, config, comment, parsed, dryRun) => {
      // answerFirst took help; the guard narrows the type for the engine.
      if (parsed.kind === "help") return;
      const outcome = await runOperatorCommand(deps, config, comment, parsed, dryRun);
      deps.log.info(
        { outcome },
        `/pilot-gate ${parsed.kind} on #${comment.issue}: ${outcome.status}`,
      );
    },
  });
}
