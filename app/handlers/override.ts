import type { Context } from "probot";
import { isDoctorCommand } from "../../core/doctor.js";
import { parseReviewCommand } from "../../core/gates/pilot/review-command.js";
import { COMMENT_BODY_CHARS, fitChars } from "../../core/github-limits.js";
import { parseFreezeCommand } from "../../core/incidents/index.js";
import { parseOperatorCommand } from "../../core/incidents/operator-command.js";
import type { Config, Receipt } from "../../core/index.js";
import {
  OVERRIDE_SYNTAX,
  type OverrideCommand,
  parseOverrideCommand,
  permissionAtLeast,
} from "../../core/overrides.js";
import { codeSpan, inertText, mention } from "../../core/render/escape.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import { issueKey, pullKey } from "../../engine/event.js";
import { isDryRun } from "../../engine/options.js";
import { expandRoles } from "../../engine/roles.js";
import type { AppState } from "../../engine/state.js";
import { findKnownCheckRun } from "../../engine/verdict/check-runs.js";
import { publishVerdict } from "../../engine/verdict/publish-verdict.js";
import type { RawIssue } from "../../github/client.js";
import { onDoctorComment } from "./doctor.js";
import { onFreezeComment } from "./freeze.js";
import { repoContextOf, runGuarded } from "./guard.js";
import { escalateOnEvent } from "./incident.js";
import { onOperatorComment } from "./operator.js";
import { onReviewComment } from "./pilot-review.js";
import { replyOn } from "./reply.js";

/**
 * `issue_comment.created` with `/pilot-gate override <rule> reason: <text>`
 * on a PR. Decides under the default branch's config, against the check the
 * PR's head carries (see `decideOverride`: the override covers the findings
 * shown before the comment, and the PR's author may not override the rules
 * in `overrides.not_by_author`), records the receipt (an override or a
 * refusal) in that check run, and publishes the verdict again. A refused or
 * malformed one gets a reply saying why and who may override; an accepted
 * one shows in the check, its receipt naming the findings it covers.
 * Receipt ids are derived from the request, so a redelivered comment finds
 * its receipt already recorded and changes nothing.
 *
 * Requests, with the config and the PR's files already read by this
 * process: the PR, the commenter's permission, the check run (asked fresh,
 * since another replica may have recorded receipts), and the check write;
 * a reply for a refusal, and the NO_MERGE label's removal when it comes off.
 */
export async function onIssueComment(
  context: Context<"issue_comment.created">,
  state: AppState,
): Promise<void> {
  const { payload } = context;
  const { issue, comment } = payload;
  // The App's own replies quote the syntax; no bot may trigger a command.
  if (comment.user?.type === "Bot") return;
  const freeze = parseFreezeCommand(comment.body ?? "");
  if (freeze !== undefined) {
    await onFreezeComment(context, state, freeze);
    return;
  }
  const review = parseReviewCommand(comment.body ?? "");
  if (review !== undefined) {
    await onReviewComment(context, state, review);
    return;
  }
  if (isDoctorCommand(comment.body ?? "")) {
    await onDoctorComment(context, state);
    return;
  }
  const operator = parseOperatorCommand(comment.body ?? "");
  if (operator !== undefined) {
    await onOperatorComment(context, state, operator);
    return;
  }
  if (!issue.pull_request) {
    await onIssueCommentOnIssue(context, state);
    return;
  }
  const command = parseOverrideCommand(comment.body ?? "");
  if (command === undefined) return;
  const login = comment.user?.login ?? payload.sender.login;

  await state.queue.run(pullKey(repoContextOf(payload), issue.number), () =>
    runGuarded(context as Context, state, payload, async (deps, scope) => {
      const loaded = await loadRepoConfig(deps);
      const dryRun = isDryRun(deps.state.options, loaded.ok ? loaded.config : undefined);
      const reply = (body: string) => replyOn(deps, issue.number, body, dryRun);

      if ("error" in command) {
        await reply(`${mention(login)}, pilot-gate could not read that override: ${command.error}`);
        return;
      }

      const pull = await deps.gh.getPull(issue.number);
      scope.checkSha = pull.headSha;
      if (!loaded.ok) {
        await publishVerdict(deps, scope, {
          pull,
          checkSha: pull.headSha,
          manageLabels: true,
          loaded,
        });
        await reply(
          `${mention(login)}, overrides cannot be judged while ${codeSpan(loaded.error.file)} on the default branch is invalid; the ${codeSpan(loaded.checkName)} check lists its problems. Fix the config, then ask again.`,
        );
        return;
      }
      const { config } = loaded;
      scope.checkName = config.check.name;
      scope.dryRun = dryRun;

      const permission = await deps.gh.getPermission(login);
      // Role teams are expanded only when the permission alone does not suffice.
      const roleMembers =
        !permissionAtLeast(permission, config.overrides.permission) &&
        config.overrides.roles.length > 0
          ? await expandRoles(deps, config, config.overrides.roles)
          : {};

      const existing = await findKnownCheckRun(deps, pull.headSha, config.check.name, {
        fresh: true,
      });
      const at = comment.created_at;
      if (existing?.receipts.some((r) => sameRequest(r, command, login, pull.headSha, at))) {
        deps.log.info("this override is already recorded (redelivered comment): nothing to do");
        return;
      }
      const outcome = await publishVerdict(deps, scope, {
        pull,
        checkSha: pull.headSha,
        manageLabels: true,
        override: { command, requester: { login, permission, roleMembers }, at },
        loaded,
        existing: existing ?? null,
      });
      if (outcome.status !== "published") {
        deps.log.info(`override not recorded: ${"why" in outcome ? outcome.why : outcome.status}`);
        return;
      }
      if (outcome.decided?.kind === "refusal") {
        await reply(refusalText(outcome.decided, config));
      }
    }),
  );
}

/** Whether `receipt` records this very request (a redelivered comment), whatever was decided. */
function sameRequest(
  receipt: Receipt,
  command: OverrideCommand,
  login: string,
  sha: string,
  at: string,
): boolean {
  return (
    receipt.ruleId === command.ruleId &&
    receipt.actor === login &&
    receipt.reason === command.reason &&
    receipt.sha === sha &&
    receipt.at === at
  );
}

/**
 * A comment on an open incident (incidents.enabled): it may acknowledge it,
 * and a clock may have run out since the last event, so its SLA clocks are
 * checked (see `escalateOnEvent`). Other issues cost the cached config read.
 */
async function onIssueCommentOnIssue(
  context: Context<"issue_comment.created">,
  state: AppState,
): Promise<void> {
  const { payload } = context;
  const { issue } = payload;
  // A clock runs only on an incident, and an incident has a severity label.
  if (issue.state !== "open" || (issue.labels ?? []).length === 0) return;
  const key = issueKey(repoContextOf(payload), issue.number);
  await state.queue.run(key, () =>
    runGuarded(context as Context, state, payload, async (deps) => {
      const loaded = await loadRepoConfig(deps);
      if (!loaded.ok || !loaded.config.incidents.enabled) return;
      await escalateOnEvent(deps, loaded.config, issue as RawIssue);
    }),
  );
}

/** A refusal reply: why, who may override instead, and where the receipt is. */
export function refusalText(receipt: Receipt, config: Config): string {
  const roles = config.overrides.roles;
  const who = [
    `people with **${config.overrides.permission}** permission or higher on this repository`,
    ...(roles.length > 0
      ? [`holders of the ${roles.map((role) => codeSpan(role)).join(" or ")} role`]
      : []),
  ].join(", and ");
  return fitChars(
    [
      `${mention(receipt.actor)}, thanks for asking, but this override of ${codeSpan(receipt.ruleId)} was not accepted: ${inertText(receipt.detail ?? "it is not allowed here.")}`,
      "",
      `Who may override here: ${who}. One of them can comment \`${OVERRIDE_SYNTAX}\`, or the finding can be fixed instead.`,
      "",
      `The refusal is recorded in the ${codeSpan(config.check.name)} check on ${receipt.sha.slice(0, 7)} (receipt ${codeSpan(receipt.id)}).`,
    ].join("\n"),
    COMMENT_BODY_CHARS,
  );
}
