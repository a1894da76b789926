import type { Context } from "probot";
import type { SecurityAlert } from "../../core/incidents/index.js";
import { loadRepoConfig } from "../../engine/config/repository.js";
import { repoKey } from "../../engine/event.js";
import { onSecurityAlert } from "../../engine/incidents/immediate-triggers.js";
import { intoFrozenBranch } from "../../engine/incidents/open-incidents.js";
import { isDryRun } from "../../engine/options.js";
import type { AppState } from "../../engine/state.js";
import { rejudgeOpenPulls } from "../../engine/verdict/rejudge.js";
import { repoContextOf, runGuarded } from "./guard.js";

export const SECURITY_ALERT_EVENTS = ["code_scanning_alert", "dependabot_alert"] as const;

type AlertContext = Context<"code_scanning_alert"> | Context<"dependabot_alert">;

/** Open states: GitHub closes an alert as fixed, dismissed, auto-dismissed or closed. */
const OPEN = new Set(["open"]);

function securitySeverity(rule: object): string | undefined {
  const level = "security_severity_level" in rule ? rule.security_severity_level : undefined;
  return typeof level === "string" ? level.toLowerCase() : undefined;
}

/**
 * The alert a payload carries, or undefined for a code-scanning alert on a
 * branch other than the default one: an alert on a feature branch is that
 * PR's business (its own checks show it), not a reason to freeze every merge.
 */
export function securityAlertOf(context: AlertContext): SecurityAlert | undefined {
  const { payload } = context;
  if (context.name === "code_scanning_alert") {
    const scanning = payload as Context<"code_scanning_alert">["payload"];
    const defaultRef = `refs/heads/${scanning.repository.default_branch}`;
    if (scanning.ref && scanning.ref !== defaultRef) return undefined;
    const { alert } = scanning;
    return {
      source: "code-scanning",
      number: alert.number,
      // Only a security query's rule has a security severity; a lint-like rule never freezes.
      severity: securitySeverity(alert.rule),
      open: OPEN.has(alert.state ?? ""),
      url: alert.html_url,
      summary: alert.rule.description ?? alert.rule.id,
      createdAt: alert.created_at ?? "",
    };
  }
  const { alert } = payload as Context<"dependabot_alert">["payload"];
  return {
    source: "dependabot",
    number: alert.number,
    severity: alert.security_advisory.severity?.toLowerCase(),
    open: OPEN.has(alert.state),
    url: alert.html_url,
    summary: alert.security_advisory.summary,
    createdAt: alert.created_at,
  };
}

/**
 * `code_scanning_alert` and `dependabot_alert`: a critical alert that opens
 * (or reopens) trips `incidents.triggers.security`, one freeze issue per
 * alert; one fixed or dismissed clears it when the config says so. Either
 * way the open PRs into frozen branches are judged again at once.
 */
export async function onSecurityAlertEvent(context: AlertContext, state: AppState): Promise<void> {
  const { payload } = context;
  const alert = securityAlertOf(context);
  if (!alert) return;
  // Per repository: two alerts at once must not both see "no freeze issue yet".
  const key = `security:${repoKey(repoContextOf(payload))}`;
  await state.queue.run(key, () =>
    runGuarded(context as Context, state, payload, async (deps) => {
      const loaded = await loadRepoConfig(deps);
      if (!loaded.ok || !loaded.config.incidents.enabled) return;
      const { config } = loaded;
      const dryRun = isDryRun(deps.state.options, config);
      const outcome = await onSecurityAlert(deps, config, alert, deps.state.options.now(), dryRun);
      deps.log.info(
        { outcome },
        `${alert.source} alert #${alert.number}: trigger ${config.incidents.triggers.security.id} ${outcome.status}`,
      );
      if (outcome.status !== "tripped" && outcome.status !== "cleared") return;
      await rejudgeOpenPulls(
        deps,
        loaded,
        intoFrozenBranch(config),
        `${context.name}.${payload.action}`,
      );
    }),
  );
}
