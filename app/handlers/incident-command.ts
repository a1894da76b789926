import type { Context } from "probot";
import { CONFIG_PATH, type Config } from "../../core/index.js";
import { codeSpan, inertText, mention } from "../../core/render/escape.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import { type EventDeps, issueKey } from "../../engine/event.js";
import type { CommandComment } from "../../engine/incidents/freeze.js";
import { isDryRun } from "../../engine/options.js";
import type { AppState } from "../../engine/state.js";
import { repoContextOf, runGuarded } from "./guard.js";
import { replyOn } from "./reply.js";

/** How a kind of incident command words its refusals, and what it runs once it may. */
export interface IncidentCommandRunner<T> {
  /** Ends "... while <config> on the default branch is invalid", e.g. "freezes cannot be changed". */
  blockedBy: string;
  /** Ends "the incident protocol is off in this repository, ...", e.g. "so nothing would enforce a freeze". */
  whenOff: string;
  /** A reply that needs no incident protocol (help), or undefined to go on. */
  answerFirst?: (command: T, login: string) => string | undefined;
  run: (
    deps: EventDeps,
    config: Config,
    comment: CommandComment,
    command: T,
    dryRun: boolean,
  ) => Promise<void>;
}

/**
 * A `/pilot-gate` command on an issue or PR that acts under the incident
 * protocol (freeze, operator commands), one at a time per issue. Judged
 * under the default branch's config as it is now; a malformed command, an
 * invalid config or the protocol being off each get a reply saying what to
 * do, so a command never vanishes silently.
 */
export async function onIncidentCommand<T>(
  context: Context<"issue_comment.created">,
  state: AppState,
  command: T | { error: string },
  runner: IncidentCommandRunner<T>,
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
      if (typeof command === "object" && command !== null && "error" in command) {
        await reply(`${mention(login)}, pilot-gate could not read that command: ${command.error}`);
        return;
      }
      const parsed = command as T;
      const first = runner.answerFirst?.(parsed, login);
      if (first !== undefined) {
        await reply(first);
        return;
      }
      if (!loaded.ok) {
        await reply(
          `${mention(login)}, ${runner.blockedBy} while ${codeSpan(loaded.error.file)} on the default branch is invalid: ${inertText(loaded.error.message.split("\n")[0] ?? "")} Fix the config, then ask again.`,
        );
        return;
      }
      if (!loaded.config.incidents.enabled) {
        await reply(
          `${mention(login)}, the incident protocol is off in this repository, ${runner.whenOff}. Set \`incidents.enabled: true\` in \`${CONFIG_PATH}\` on the default branch, then ask again.`,
        );
        return;
      }
      await runner.run(
        deps,
        loaded.config,
        { issue: issue.number, login, at: comment.created_at },
        parsed,
        dryRun,
      );
    }),
  );
}
