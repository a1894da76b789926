import { z } from "zod";
import { UsageError } from "../../errors.js";
import type { InputWording } from "../input-wording.js";

/** The facets a parity check can compare. `values` holds the keys a team lists in `parity.keys`. */
export const FACETS = ["feature_flags", "policy_bundle", "openapi", "values"] as const;
export type Facet = (typeof FACETS)[number];

/** Facets compared when `parity.facets` is not set. */
export const DEFAULT_FACETS: readonly Facet[] = ["feature_flags", "policy_bundle", "openapi"];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A `YYYY-MM-DD` date; YAML's own date type is off, so dates arrive as strings. */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: "expected a date written YYYY-MM-DD, e.g. 2026-06-30" });

const envName = z.string().min(1).describe("An environment's `name`, e.g. production.");

const keyPath = z.string().regex(/^[^.\s]+(\.[^.\s]+)*$/, {
  message: "expected a dotted key path such as db.pool_size (no spaces, no empty parts)",
});

export const oneWayRuleSchema = z
  .strictObject({
    flag: z.string().min(1).describe("Feature flag name."),
    when: envName.describe("When the flag is on (true) in this environment..."),
    requires: envName.describe("...it must be on in this one too. Off in `when` is always fine."),
  })
  .describe("A one-way rule replacing the equality check of one flag between two environments.");

export const expectedDifferenceSchema = z
  .strictObject({
    facet: z.enum(FACETS).describe("Facet the difference is in."),
    key: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Flag name, `revision`/`version`/`digest`, or a `parity.keys` path; omitted: the whole facet.",
      ),
    environment: envName
      .optional()
      .describe("Only between the reference and this environment; omitted: any environment."),
    owner: z.string().min(1).describe("Who answers for the difference, e.g. @alice or a team."),
    reason: z.string().min(1).describe("Why the environments differ."),
    expires: isoDate.describe(
      "Last day (YYYY-MM-DD) the difference is accepted; from the next day it is drift again.",
    ),
  })
  .describe("A declared, owned, dated difference that does not count as drift until it expires.");

/**
 * `parity:` in `.github/pilot-gate.yml`: what `pilot-gate parity` and the
 * parity action compare between environment descriptions.
 */
export const parityConfigSchema = z
  .strictObject({
    environments: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "Environment description files (YAML or JSON), relative to the repository root, in order: the first is the reference (e.g. production), each other one is compared with it. Used when the parity Action's `environments` input or `pilot-gate parity`'s file arguments are not given; given ones win. List at least two, or none.",
      ),
    facets: z
      .array(z.enum(FACETS))
      .default([...DEFAULT_FACETS])
      .describe("Facets to compare. `values` is added whenever `keys` lists a path."),
    keys: z
      .array(keyPath)
      .default([])
      .describe("Extra dotted key paths to compare under each environment's `values`."),
    one_way: z
      .array(oneWayRuleSchema)
      .default([])
      .describe("Flags that only have to be on downstream when they are on upstream."),
    expected: z
      .array(expectedDifferenceSchema)
      .default([])
      .describe("Declared differences, each with an owner, a reason and an expiry date."),
  })
  .describe(
    "Environment parity (pilot-gate parity): the environment files to compare, facets, extra keys, one-way rules, expected differences.",
  );

export type ParityConfig = z.output<typeof parityConfigSchema>;
export type OneWayRule = z.output<typeof oneWayRuleSchema>;
export type ExpectedDifference = z.output<typeof expectedDifferenceSchema>;

/** The parity settings when a config has no `parity:` key. */
export function defaultParityConfig(): ParityConfig {
  return parityConfigSchema.parse({});
}

/** The environment files parity compares, and whether the config named them. */
export interface ParityEnvironments {
  files: string[];
  /** `input` when the runtime was given the files, `config` when `parity.environments` named them. */
  source: "input" | "config";
}

/**
 * The environment files to compare, shared by the parity Action and
 * `pilot-gate parity`: the ones the runtime was given, else
 * `parity.environments`. Fewer than two is a `UsageError` naming where the
 * list came from (and `parity.environments` when both are empty): one file
 * compares nothing, and nothing compared never counts as parity.
 */
export function parityEnvironments(
  given: readonly string[],
  config: ParityConfig,
  wording: InputWording,
): ParityEnvironments {
  const fix = `give at least two environment files, the reference (e.g. production) first, ${wording.example}; or list them once under parity.environments in .github/pilot-gate.yml`;
  if (given.length >= 2) return { files: [...given], source: "input" };
  if (given.length === 1) {
    throw new UsageError(`${wording.input} lists one file: ${fix}.`);
  }
  const listed = config.environments;
  if (listed.length >= 2) return { files: [...listed], source: "config" };
  throw new UsageError(
    `${wording.input} lists no file and parity.environments in ${wording.config} lists ${listed.length === 0 ? "none" : "one"}: ${fix}.`,
  );
}
