import { z } from "zod";

export const roleName = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, "role names are lowercase, e.g. po or pm");

const login = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/, "a GitHub login, without @");

const teamSlug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    "a team slug as in the team's URL, e.g. product-owners (without the org)",
  );

/**
 * Who holds a role: GitHub users and/or teams of the repository's
 * organisation. Read from the default branch, so a PR cannot add its author.
 */
export const rolesSchema = z
  .record(
    roleName,
    z.strictObject({
      users: z.array(login).default([]).describe("GitHub logins holding the role."),
      teams: z.array(teamSlug).default([]).describe("Team slugs whose members hold the role."),
    }),
  )
  .default({})
  .describe("Roles such as po and pm: who may approve governance files and override rules.");
