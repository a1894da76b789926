import type { Context } from "probot";
import { labelNames, sameLabel } from "../../core/labels.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import { repoKey } from "../../engine/event.js";
import {
  blockedKey,
  checkBlockedItem,
  escalateBlockedTooLong,
  isOwnBot,
} from "../../engine/incidents/blocked.js";
import { isDryRun } from "../../engine/options.js";
import type { AppState, LoadedConfig } from "../../engine/state.js";
import { repoContextOf, runGuarded } from "./guard.js";

/** `issues` and `pull_request` actions that can make an item blocked, change its fields, or unblock it. */
export const BLOCKED_ACTIONS = ["opened", "edited", "labeled", "unlabeled", "reopened"] as const;
type BlockedAction = (typeof BLOCKED_ACTIONS)[number];

/** The part of an `issues` or `pull_request` payload the blocked check reads. */
interface BlockedPayload {
  action: string;
  issue?: ItemPayload;
  pull_request?: ItemPayload;
  label?: { name: string } | null;
  sender?: { login: string; type: string } | null;
  repository: {
    name: string;
    default_branch: string;
    owner: { login: string; type?: string };
  };
}

interface ItemPayload {
  number: number;
  body?: string | null;
  state?: string;
  created_at?: string;
  labels?: ({ name?: string | null } | null)[] | null;
}

function isBlockedAction(action: string): action is BlockedAction {
  return (BLOCKED_ACTIONS as readonly string[]).includes(action);
}

/**
 * Issues and PRs labeled blocked: checks they state every required field
 * (one comment listing what is missing, and the needs-info label) and
 * escalates one blocked for longer than a cycle. Runs only while
 * `incidents.enabled` is on. An item with no label at all, or a change of
 * a label other than blocked and needs-info, costs no request beyond the
 * config read. Other events of the same name (a PR review, a `closed`
 * issue) are ignored here.
 *
 * `delivery.loaded` is the config the event's own handler read (see
 * `afterEventHandler`); when it is given as undefined, that read failed and
 * was logged there, so the item is left for the next event or sweep rather
 * than asking GitHub for the config a second time.
 */
export async function onBlockedItem(
  context: Context,
  state: AppState,
  delivery?: { loaded: LoadedConfig | undefined },
): Promise<void> {
  const payload = context.payload as unknown as BlockedPayload;
  if (context.name !== "issues" && context.name !== "pull_request") return;
  if (!isBlockedAction(payload.action)) return;
  const raw = context.name === "issues" ? payload.issue : payload.pull_request;
  if (!raw || raw.state === "closed") return;
  const labels = labelNames(raw.labels);
  // Neither blocked nor carrying needs-info: there is nothing to check or take off.
  if (labels.length === 0) return;
  const changed = payload.label?.name;
  const labelEvent = payload.action === "labeled" || payload.action === "unlabeled";
  if (labelEvent && !changed) return;
  const event = `${context.name}.${payload.action}`;
  const number = raw.number;

  const repo = repoContextOf(payload);
  await state.queue.run(blockedKey({ repo }, number), () =>
    runGuarded(context, state, payload, async (deps) => {
      const loaded = delivery ? delivery.loaded : await loadRepoConfig(deps);
      if (!loaded) {
        deps.log.debug(
          `${event} on #${number}: the config could not be read for this event, blocked fields not checked`,
        );
        return;
      }
      if (!loaded.ok) {
        // The config's problems are reported on each PR's check; nothing is judged here.
        deps.log.info(`${event} on #${number}: the config is invalid, blocked fields not checked`);
        return;
      }
      const { config } = loaded;
      if (!config.incidents.enabled) return;
      const { label: blockedLabel, needs_info_label: needsInfo } = config.incidents.blocked;
      if (labelEvent && changed) {
        if (!sameLabel(changed, blockedLabel) && !sameLabel(changed, needsInfo)) return;
        // The App's own needs-info changes come back as events; they follow a check just made.
        if (payload.sender?.type === "Bot" && (await isOwnBot(deps, payload.sender.login))) {
          deps.log.debug(`${event} on #${number}: the App's own label change, nothing to check`);
          return;
        }
      }
      const dryRun = isDryRun(deps.state.options, config);
      const item = {
        number,
        body: raw.body ?? "",
        labels,
        ...(raw.created_at ? { created_at: raw.created_at } : {}),
      };
      const check = await checkBlockedItem(deps, config, item, { dryRun });
      // The timeline is read only for an item that is blocked now.
      const escalation = check.blocked
        ? await escalateBlockedTooLong(deps, config, item, deps.state.options.now(), { dryRun })
        : undefined;
      deps.log.info(
        {
          number,
          blocked: check.blocked,
          missing: check.missing,
          writes: check.writes.map((write) => write.kind),
          escalation: escalation?.status,
          dryRun,
        },
        `${event} on #${number}: ${describe(check.blocked, check.missing, blockedLabel)}`,
      );
    }),
  );
}

/**
 * Runs an event's own handler (the required check, or the incident check),
 * then the blocked check with the config that handler read. Two handlers of
 * one event would run at once in Probot, each asking GitHub for the config;
 * this way an event costs one config read, even with the cache off.
 */
export async function afterEventHandler(
  context: Context,
  state: AppState,
  handler: () => Promise<void>,
): Promise<void> {
  const key = repoKey(repoContextOf(context.payload as unknown as BlockedPayload));
  const before = state.configs.get(key);
  try {
    await handler();
  } finally {
    const after = state.configs.get(key);
    const young =
      after !== undefined &&
      state.options.now().getTime() - after.fetchedAt < state.options.configCacheSeconds * 1_000;
    // A new entry was read for this event; an unchanged young one was served from the cache.
    const loaded = after !== undefined && (after !== before || young) ? after.loaded : undefined;
    await onBlockedItem(context, state, { loaded });
  }
}

function describe(blocked: boolean, missing: readonly string[], label: string): string {
  if (!blocked) return `not labeled ${label}`;
  return missing.length > 0
    ? `blocked, missing ${missing.join(", ")}`
    : "blocked, every field stated";
}
