import type { Config } from "../core/index.js";
import type { EventDeps } from "./event.js";

/**
 * Logins holding each of `roles`, teams expanded (one request per team, and
 * only for the roles asked for). Teams exist only in organisations; in a
 * user's repository they are skipped with a warning, so the role holds its
 * listed users only.
 */
export async function expandRoles(
  deps: EventDeps,
  config: Config,
  roles: readonly string[],
): Promise<Record<string, string[]>> {
  const members: Record<string, string[]> = {};
  const teams = new Map<string, Promise<string[]>>();
  for (const role of new Set(roles)) {
    const defined = config.roles[role];
    if (!defined) continue;
    const logins = [...defined.users];
    for (const team of defined.teams) {
      if (!deps.repo.ownerIsOrg) {
        deps.log.warn(
          `roles.${role}.teams lists "${team}", but ${deps.repo.owner} is not an organisation; only roles.${role}.users count.`,
        );
        continue;
      }
      let listed = teams.get(team);
      if (!listed) {
        listed = deps.gh.listTeamMembers(deps.repo.owner, team);
        teams.set(team, listed);
      }
      logins.push(...(await listed));
    }
    members[role] = [...new Map(logins.map((login) => [login.toLowerCase(), login])).values()];
  }
  return members;
}
