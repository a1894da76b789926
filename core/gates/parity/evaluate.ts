import { UsageError } from "../../errors.js";
import {
  type ExpectedDifference,
  type Facet,
  isIsoDate,
  type OneWayRule,
  type ParityConfig,
} from "./config.js";
import {
  canonical,
  describeValue,
  type EnvironmentDescription,
  type Lookup,
  lookupValue,
} from "./environment.js";
import type {
  ParityCheck,
  ParityCounts,
  ParityFacetResult,
  ParityPair,
  ParityReport,
  ParityStatus,
} from "./report.js";

/** One environment file as a runtime read it: its description, or why it could not be read. */
export type ParityInput =
  | { file: string; environment: EnvironmentDescription }
  | { file: string; error: string };

export interface ParityOptions {
  config: ParityConfig;
  /** Today as `YYYY-MM-DD` (the caller's clock), for expiry dates. */
  today: string;
}

const FACET_KEYS: Record<Exclude<Facet, "feature_flags" | "values">, string[]> = {
  policy_bundle: ["revision", "digest"],
  openapi: ["version", "digest"],
};

const FACET_WORDS: Record<Facet, string> = {
  feature_flags: "feature flags",
  policy_bundle: "policy bundle",
  openapi: "OpenAPI description",
  values: "values",
};

/**
 * Compares the first environment (the reference, usually production) with
 * each other one, facet by facet and key by key. Pure: the files are read
 * and the date is chosen by the caller. Any input that could not be read
 * makes the report `error`, so the gate fails closed.
 */
export function evaluateParity(
  inputs: readonly ParityInput[],
  options: ParityOptions,
): ParityReport {
  if (!isIsoDate(options.today)) {
    throw new UsageError(`today must be a date written YYYY-MM-DD, not "${options.today}"`);
  }
  const errors = inputs.flatMap((input) =>
    "error" in input ? [{ file: input.file, message: input.error }] : [],
  );
  if (inputs.length < 2) {
    errors.push({
      file: inputs[0]?.file ?? "",
      message:
        "parity compares at least two environment files: the reference first, then one or more to compare with it",
    });
  }
  const seen = new Map<string, string>();
  for (const input of inputs) {
    if (!("environment" in input)) continue;
    const other = seen.get(input.environment.name);
    if (other !== undefined) {
      errors.push({
        file: input.file,
        message: `${input.file} and ${other} are both named "${input.environment.name}": give each environment its own name`,
      });
    }
    seen.set(input.environment.name, input.file);
  }

  const [first, ...rest] = inputs;
  const reference = first && "environment" in first ? first.environment : undefined;
  const pairs: ParityPair[] = [];
  if (reference && errors.length === 0) {
    for (const input of rest) {
      if ("environment" in input) pairs.push(comparePair(reference, input.environment, options));
    }
  }
  const counts = sumCounts(pairs.map((pair) => pair.counts));
  const status =
    errors.length > 0 || counts.error > 0 ? "error" : counts.drift > 0 ? "drift" : "pass";
  return {
    version: 1,
    gate: "parity",
    status,
    today: options.today,
    ...(reference ? { reference: reference.name } : {}),
    environments: inputs.map((input) => ({
      file: input.file,
      ...("environment" in input ? { name: input.environment.name } : {}),
    })),
    counts,
    pairs,
    errors,
  };
}

/** The facets to compare: the configured ones, plus `values` whenever keys are listed. */
export function facetsToCompare(config: ParityConfig): Facet[] {
  const facets = [...new Set(config.facets)];
  if (config.keys.length > 0 && !facets.includes("values")) facets.push("values");
  return facets;
}

function comparePair(
  ref: EnvironmentDescription,
  target: EnvironmentDescription,
  options: ParityOptions,
): ParityPair {
  const facets = facetsToCompare(options.config).map((facet) =>
    compareFacet(facet, ref, target, options),
  );
  const counts = sumCounts(facets.map(facetCounts));
  return {
    reference: ref.name,
    target: target.name,
    status: counts.error > 0 ? "error" : counts.drift > 0 ? "drift" : "pass",
    counts,
    facets,
  };
}

function compareFacet(
  facet: Facet,
  ref: EnvironmentDescription,
  target: EnvironmentDescription,
  options: ParityOptions,
): ParityFacetResult {
  const refPart = ref[facet];
  const targetPart = target[facet];
  if (facet === "values" && options.config.keys.length === 0) {
    return notChecked(facet, "no keys are listed in parity.keys");
  }
  if (facet !== "values" && refPart === undefined && targetPart === undefined) {
    return notChecked(
      facet,
      `neither ${ref.name} nor ${target.name} describes its ${FACET_WORDS[facet]}`,
    );
  }
  const missing = refPart === undefined ? ref : targetPart === undefined ? target : undefined;
  if (missing) {
    const other = missing === ref ? target : ref;
    return notChecked(
      facet,
      `${missing.name} does not describe its ${FACET_WORDS[facet]} (${other.name} does): add ${facet}: to ${missing.name}'s file to compare it`,
    );
  }
  const keys =
    facet === "feature_flags"
      ? unionKeys(ref.feature_flags ?? {}, target.feature_flags ?? {})
      : facet === "values"
        ? options.config.keys
        : FACET_KEYS[facet];
  const checks = keys.map((key) =>
    compareKey(
      facet,
      key,
      lookup(ref, facet, key),
      lookup(target, facet, key),
      ref,
      target,
      options,
    ),
  );
  return { facet, status: worst(checks.map((check) => check.status)), checks };
}

function notChecked(facet: Facet, why: string): ParityFacetResult {
  return { facet, status: "not_checked", why, checks: [] };
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function lookup(env: EnvironmentDescription, facet: Facet, key: string): Lookup {
  const part = env[facet] as Record<string, unknown> | undefined;
  if (part === undefined) return { kind: "absent" };
  if (facet === "values") return lookupValue(part, key);
  return Object.hasOwn(part, key) && part[key] !== undefined
    ? { kind: "found", value: part[key] }
    : { kind: "absent" };
}

function compareKey(
  facet: Facet,
  key: string,
  refValue: Lookup,
  targetValue: Lookup,
  ref: EnvironmentDescription,
  target: EnvironmentDescription,
  options: ParityOptions,
): ParityCheck {
  const values = {
    ...(refValue.kind === "found" ? { reference: refValue.value } : {}),
    ...(targetValue.kind === "found" ? { target: targetValue.value } : {}),
  };
  const unreadable = [refValue, targetValue].find((v) => v.kind === "unreadable");
  if (unreadable?.kind === "unreadable") {
    const where = refValue.kind === "unreadable" ? ref.name : target.name;
    return {
      key,
      status: "error",
      ...values,
      message: `${where}: ${unreadable.why}`,
      resolve: `fix values in ${where}'s file so ${key} has one readable value`,
    };
  }
  const rule =
    facet === "feature_flags" ? oneWayRuleFor(options.config.one_way, key, ref, target) : undefined;
  if (rule) return compareOneWay(key, rule, values, ref, target, options);

  if (refValue.kind === "absent" && targetValue.kind === "absent") {
    return {
      key,
      status: "not_checked",
      message: `neither ${ref.name} nor ${target.name} has ${label(facet, key)}`,
    };
  }
  if (
    refValue.kind === "found" &&
    targetValue.kind === "found" &&
    canonical(refValue.value) === canonical(targetValue.value)
  ) {
    return withStaleDeclaration(
      {
        key,
        status: "match",
        ...values,
        message: `${label(facet, key)} is ${describeValue(refValue.value)} in both`,
      },
      facet,
      target,
      options,
    );
  }
  const fix = fixFor(facet, key, refValue, ref, target);
  const drift: ParityCheck = {
    key,
    status: "drift",
    ...values,
    message: `${label(facet, key)}: ${ref.name} ${shown(refValue)}, ${target.name} ${shown(targetValue)}`,
    resolve: `${fix}, or declare an expected difference${declaration(facet, key, target)}`,
  };
  return applyExpected(drift, fix, facet, target, options);
}

/** The one-way rule for `flag` between these two environments, in either direction. */
function oneWayRuleFor(
  rules: readonly OneWayRule[],
  flag: string,
  ref: EnvironmentDescription,
  target: EnvironmentDescription,
): OneWayRule | undefined {
  const names = [ref.name, target.name];
  return rules.find(
    (rule) =>
      rule.flag === flag &&
      rule.when !== rule.requires &&
      names.includes(rule.when) &&
      names.includes(rule.requires),
  );
}

function compareOneWay(
  key: string,
  rule: OneWayRule,
  values: { reference?: unknown; target?: unknown },
  ref: EnvironmentDescription,
  target: EnvironmentDescription,
  options: ParityOptions,
): ParityCheck {
  const upstream = rule.when === ref.name ? values.reference : values.target;
  const downstream = rule.when === ref.name ? values.target : values.reference;
  const base = { key, ...values, rule: { kind: "one_way" as const, ...pick(rule) } };
  for (const [name, value] of [
    [rule.when, upstream],
    [rule.requires, downstream],
  ] as const) {
    if (value !== undefined && typeof value !== "boolean") {
      return {
        ...base,
        status: "error",
        message: `one-way rule on ${key}: ${name} has ${describeValue(value)}, and one-way rules compare on/off (true/false) flags`,
        resolve: `make ${key} true or false in ${name}, or remove its one-way rule from parity.one_way`,
      };
    }
  }
  if (upstream === undefined && downstream === undefined) {
    return {
      ...base,
      status: "not_checked",
      message: `neither ${ref.name} nor ${target.name} has flag ${key}`,
    };
  }
  if (upstream !== true) {
    return {
      ...base,
      status: "match",
      message: `${key} is off in ${rule.when}, so ${rule.requires} may have it either way (one-way rule)`,
    };
  }
  if (downstream === true) {
    return {
      ...base,
      status: "match",
      message: `${key} is on in ${rule.when} and in ${rule.requires}`,
    };
  }
  const fix = `set flag ${key} in ${rule.requires} to true (or turn it off in ${rule.when})`;
  const drift: ParityCheck = {
    ...base,
    status: "drift",
    message: `${key} is on in ${rule.when} but ${downstream === undefined ? "absent" : "off"} in ${rule.requires}; a one-way rule requires it on there too`,
    resolve: `${fix}, or declare an expected difference${declaration("feature_flags", key, target)}`,
  };
  return applyExpected(drift, fix, "feature_flags", target, options);
}

function pick(rule: OneWayRule): { when: string; requires: string } {
  return { when: rule.when, requires: rule.requires };
}

/** The declared difference covering a key: an unexpired one first, else an expired one. */
function declared(
  facet: Facet,
  key: string,
  target: EnvironmentDescription,
  options: ParityOptions,
): { entry: ExpectedDifference; expired: boolean } | undefined {
  const matching = options.config.expected.filter(
    (entry) =>
      entry.facet === facet &&
      (entry.key === undefined || entry.key === key) &&
      (entry.environment === undefined || entry.environment === target.name),
  );
  const live = matching.find((entry) => entry.expires >= options.today);
  if (live) return { entry: live, expired: false };
  const expired = matching[0];
  return expired ? { entry: expired, expired: true } : undefined;
}

function applyExpected(
  drift: ParityCheck,
  fix: string,
  facet: Facet,
  target: EnvironmentDescription,
  options: ParityOptions,
): ParityCheck {
  const found = declared(facet, drift.key, target, options);
  if (!found) return drift;
  const { entry, expired } = found;
  const expected = { owner: entry.owner, reason: entry.reason, expires: entry.expires, expired };
  if (expired) {
    return {
      ...drift,
      expected,
      message: `${drift.message}. The expected difference declared by ${entry.owner} ("${entry.reason}") expired on ${entry.expires}`,
      resolve: `${fix}, or move the declaration's expires date forward if the difference is still intended`,
    };
  }
  const { resolve: _resolve, ...rest } = drift;
  return {
    ...rest,
    status: "expected",
    expected,
    message: `${drift.message} (expected: ${entry.reason}; owner ${entry.owner}, until ${entry.expires})`,
  };
}

/** A match that still has a live declaration says the declaration can go. */
function withStaleDeclaration(
  check: ParityCheck,
  facet: Facet,
  target: EnvironmentDescription,
  options: ParityOptions,
): ParityCheck {
  const found = declared(facet, check.key, target, options);
  if (!found || found.entry.key === undefined) return check;
  return {
    ...check,
    message: `${check.message}; the expected difference declared by ${found.entry.owner} is no longer needed and can be removed`,
  };
}

function label(facet: Facet, key: string): string {
  switch (facet) {
    case "feature_flags":
      return `flag ${key}`;
    case "policy_bundle":
      return `policy bundle ${key}`;
    case "openapi":
      return `OpenAPI ${key}`;
    case "values":
      return `values.${key}`;
  }
}

function shown(value: Lookup): string {
  return value.kind === "found" ? `has ${describeValue(value.value)}` : "has none";
}

function fixFor(
  facet: Facet,
  key: string,
  refValue: Lookup,
  ref: EnvironmentDescription,
  target: EnvironmentDescription,
): string {
  if (refValue.kind !== "found") {
    return `remove ${label(facet, key)} from ${target.name}, or add it to ${ref.name} if it belongs there`;
  }
  const value = describeValue(refValue.value);
  switch (facet) {
    case "feature_flags":
      return `set flag ${key} in ${target.name} to ${value} to match ${ref.name}`;
    case "policy_bundle":
      return `deploy the policy bundle ${ref.name} runs (${key} ${value}) to ${target.name}, or update ${target.name}'s description if it is out of date`;
    case "openapi":
      return `deploy the API ${ref.name} serves (OpenAPI ${key} ${value}) to ${target.name}, or update ${target.name}'s description if it is out of date`;
    case "values":
      return `set values.${key} in ${target.name} to ${value} to match ${ref.name}`;
  }
}

/** How to declare the difference, as a YAML flow mapping to paste under `parity.expected`. */
function declaration(facet: Facet, key: string, target: EnvironmentDescription): string {
  return ` in parity.expected ({ facet: ${facet}, key: ${key}, environment: ${target.name}, owner, reason, expires: YYYY-MM-DD })`;
}

const ORDER: readonly ParityStatus[] = ["error", "drift", "expected", "match", "not_checked"];

function worst(statuses: readonly ParityStatus[]): ParityStatus {
  return ORDER.find((status) => statuses.includes(status)) ?? "not_checked";
}

function emptyCounts(): ParityCounts {
  return { match: 0, drift: 0, expected: 0, not_checked: 0, error: 0 };
}

function facetCounts(facet: ParityFacetResult): ParityCounts {
  const counts = emptyCounts();
  if (facet.checks.length === 0) counts[facet.status] += 1;
  for (const check of facet.checks) counts[check.status] += 1;
  return counts;
}

function sumCounts(all: readonly ParityCounts[]): ParityCounts {
  const total = emptyCounts();
  for (const counts of all) {
    for (const status of Object.keys(total) as ParityStatus[]) total[status] += counts[status];
  }
  return total;
}
