import { z } from "zod";

const flagValue = z.union([z.boolean(), z.string(), z.number()], {
  error: "a flag is true/false, a variant string or a number",
});

const digest = (what: string) =>
  z.string().min(1).optional().describe(`Content digest of the ${what}, e.g. sha256:9f86d0…`);

const atLeastOne = (what: string, first: string) => ({
  message: `describe the ${what} with at least one of ${first} and digest, or leave the key out`,
});

const policyBundleSchema = z
  .strictObject({
    revision: z
      .union([z.string(), z.number()])
      .optional()
      .describe("The policy bundle's revision, e.g. r42 or a git sha."),
    digest: digest("policy bundle"),
  })
  .refine(
    (value) => value.revision !== undefined || value.digest !== undefined,
    atLeastOne("policy bundle", "revision"),
  )
  .describe("The policy bundle deployed: revision and/or digest.");

const openapiSchema = z
  .strictObject({
    version: z
      .union([z.string(), z.number()])
      .optional()
      .describe("The OpenAPI description's `info.version`, e.g. 3.1.4."),
    digest: digest("OpenAPI description"),
  })
  .refine(
    (value) => value.version !== undefined || value.digest !== undefined,
    atLeastOne("OpenAPI description", "version"),
  )
  .describe("The API served: OpenAPI version and/or content digest.");

/**
 * One environment as a team describes it (`production.yml`), or as an
 * earlier workflow step fetched it. Every facet is optional: a facet an
 * environment does not describe is reported as not checked, never as a match.
 */
export const environmentSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .regex(/^[^\s]+$/, { message: "use a name without spaces, e.g. production or staging-eu" })
      .describe("The environment's name, used in reports and in parity rules (e.g. production)."),
    feature_flags: z
      .record(z.string(), flagValue)
      .optional()
      .describe("Feature flags by name: true/false, or a variant string or number."),
    policy_bundle: policyBundleSchema.optional(),
    openapi: openapiSchema.optional(),
    values: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        "Any other settings, nested or with dotted keys (`db.pool_size: 20`); `parity.keys` says which are compared.",
      ),
  })
  .describe("An environment description compared by pilot-gate parity.");

export type EnvironmentDescription = z.output<typeof environmentSchema>;

/** What a value lookup in `values` found. */
export type Lookup =
  | { kind: "found"; value: unknown }
  | { kind: "absent" }
  | { kind: "unreadable"; why: string };

/**
 * Looks a dotted path up in `values`, where each step may be a nested mapping
 * or a literal dotted key (`db.pool_size` and `db: {pool_size}` are the same
 * path). Two spellings of the same path with different values make it
 * unreadable rather than silently picking one.
 */
export function lookupValue(values: Record<string, unknown>, path: string): Lookup {
  const found = collect(values, path.split("."), "");
  if (found.errors.length > 0 && found.values.length === 0) {
    return { kind: "unreadable", why: found.errors[0] as string };
  }
  if (found.values.length === 0) return { kind: "absent" };
  const first = found.values[0];
  if (found.values.some((value) => canonical(value) !== canonical(first))) {
    return {
      kind: "unreadable",
      why: `${path} is spelled more than once (nested and dotted) with different values`,
    };
  }
  return { kind: "found", value: first };
}

function collect(
  node: Record<string, unknown>,
  parts: string[],
  prefix: string,
): { values: unknown[]; errors: string[] } {
  const values: unknown[] = [];
  const errors: string[] = [];
  for (let take = 1; take <= parts.length; take++) {
    const key = parts.slice(0, take).join(".");
    if (!Object.hasOwn(node, key)) continue;
    const value = node[key];
    const rest = parts.slice(take);
    if (rest.length === 0) {
      values.push(value);
      continue;
    }
    if (isMapping(value)) {
      const deeper = collect(value, rest, `${prefix}${key}.`);
      values.push(...deeper.values);
      errors.push(...deeper.errors);
    } else {
      errors.push(
        `${prefix}${key} is ${describeValue(value)}, not a mapping, so it has no ${rest.join(".")}`,
      );
    }
  }
  return { values, errors };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Stable JSON text of a value (object keys sorted), so equal settings compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? "undefined";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (isMapping(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]),
    );
  }
  return value;
}

/** A value as a report shows it: `true`, `"v2"`, `20`, `{"a":1}`. */
export function describeValue(value: unknown): string {
  return canonical(value);
}
