import {
  defaultIncidentsConfig,
  type Incident,
  type IncidentsConfig,
  incidentsConfigSchema,
} from "../../../core/incidents/index.js";

/** The defaults with some keys replaced, parsed so defaults below them fill in. */
export function config(input: Record<string, unknown> = {}): IncidentsConfig {
  return Object.keys(input).length === 0
    ? defaultIncidentsConfig()
    : incidentsConfigSchema.parse(input);
}

/** An open incident opened at `openedAt`, critical unless told. */
export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    number: 42,
    title: "INC-42 tenant data visible across orgs",
    url: "https://github.com/acme/app/issues/42",
    id: "INC-42",
    severity: "critical",
    kinds: [],
    open: true,
    openedAt: new Date("2026-06-01T10:00:00Z"),
    ...overrides,
  };
}

/** `base` plus `minutes` minutes. */
export function plus(base: Date | string, minutes: number): Date {
  return new Date(new Date(base).getTime() + minutes * 60_000);
}

/** `incidents.escalation` in its single-list form, as the config parses it: the same chain for every severity. */
export function everySeverity(
  chain: { name: string; mention: string[] }[],
): IncidentsConfig["escalation"] {
  return incidentsConfigSchema.shape.escalation.parse(chain);
}
