import type { Context } from "probot";
import type { FreezeCommand } from "../../core/incidents/index.js";
import { CONFIG_PATH } from "../../core/index.js";
import { codeSpan, inertText, mention } from "../../core/render/escape.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import { issueKey } from "../../engine/event.js";
import { runFreezeCommand } from "../../engine/incidents/freeze.js";
import { isDryRun } from "../../engine/options.js";
import type { AppState } from "../../engine/state.js";
import { repoContextOf, runGuarded } from "./guard.js";
import { replyOn } from "./reply.js";

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
  const { payload } = context;
  const { issue, comment } = payload;
  const login = comment.user?.login ?? payload.sender.login;
  const key = issueKey(repoContextOf(payload), issue.number);
  await state.queue.run(key, () =>
    runGuarded(context as Context, state, payload, async (deps) => {
      const loaded = await loadRepoConfig(deps, { revalidate: true });
      const dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : undefined);
      const reply = (body: string) => replyOn(deps, issue.number, body, dryRun);
      if ("error" in command) {
        await reply(`${mention(login)}, pilot-gate could not read that command: ${command.error}`);
        return;
      }
      if (!loaded.ok) {
        await reply(
          `${mention(login)}, freezes cannot be changed while ${codeSpan(loaded.error.file)} on the default branch is invalid: ${inertText(loaded.error.message.split("\n")[0] ?? "")} Fix the config, then ask again.`,
        );
        return;
      }
      if (!loaded.config.incidents.enabled) {
        await reply(
          `${mention(login)}, the incident protocol is off in this repository, so nothing would enforce a freeze. Set \`incidents.enabled: true\` in \`${CONFIG_PATH}\` on the default branch, then ask again.`,
        );
        return;
      }
      const outcome = await runFreezeCommand(
        deps,
        loaded.config,
        { issue: issue.number, login, at: comment.created_at },
        command,
        dryRun,
      );
      deps.log.info(
        { outcome },
        `/pilot-gate ${command.kind} on #${issue.number}: ${outcome.status}`,
      );
    }),
  );
}
