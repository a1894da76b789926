import type { PilotManifest } from "./manifest.js";
import type { Roster, RosterCandidate } from "./roster.js";

const WINDOW_START =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** The bounds `readiness.thresholds` sets, which finalize checks before readiness would. */
export interface FinalizeBounds {
  min_clients: number;
  max_clients: number;
  min_window_hours: number;
}

export type FinalizeResult =
  | { ok: true; clients: PilotManifest["clients"]; window: PilotManifest["window"] }
  | { ok: false; refusals: string[] };

/**
 * The clients and window `pilot.yml` gets from the roster, or every reason
 * it may not yet: the clients (`chosen` ids, else every `SUGERIDO`
 * candidate) must all be `SUGERIDO` with both contacts and number
 * `min_clients` to `max_clients`, and the window must start at a real
 * instant and last at least `min_window_hours`. Each refusal names what is
 * missing and how to supply it.
 */
export function finalizePilot(
  roster: Roster,
  options: {
    chosen: readonly string[] | undefined;
    windowStart: string;
    windowHours: number;
    bounds: FinalizeBounds;
  },
): FinalizeResult {
  const { bounds } = options;
  const refusals: string[] = [];
  // pilot.yml takes a date or an ISO 8601 date-time; Date.parse alone would also take "June 2".
  if (!WINDOW_START.test(options.windowStart) || Number.isNaN(Date.parse(options.windowStart))) {
    refusals.push(
      `--window-start "${options.windowStart}" is not a time; give a date (2026-06-02) or an ISO 8601 date-time with its zone (2026-06-02T09:00:00Z)`,
    );
  }
  if (!(options.windowHours >= bounds.min_window_hours)) {
    refusals.push(
      `the window is ${options.windowHours} h; the pilot needs at least ${bounds.min_window_hours} h (--window-hours, readiness.thresholds.min_window_hours)`,
    );
  }
  const pending = roster.candidates.filter(
    (c) => c.class === "REVISAR_CONTATO" || c.class === "REVISAR_PERFIL",
  );
  let selected: RosterCandidate[];
  if (options.chosen !== undefined) {
    selected = [];
    for (const id of options.chosen) {
      const candidate = roster.candidates.find((c) => c.id === id);
      if (candidate === undefined) {
        refusals.push(`--clients names "${id}", which is not a candidate in the roster`);
      } else if (candidate.class !== "SUGERIDO") {
        refusals.push(
          `${id} is ${candidate.class}, not SUGERIDO; settle its review first (pilot-gate pilot review resolve --client ${id} ...)`,
        );
      } else {
        selected.push(candidate);
      }
    }
  } else {
    selected = roster.candidates.filter((c) => c.class === "SUGERIDO");
  }
  for (const candidate of selected) {
    for (const [key, words] of [
      ["technical_contact", "technical"],
      ["business_contact", "business"],
    ] as const) {
      if (!candidate[key]?.trim()) {
        refusals.push(
          `${candidate.id} has no ${words} contact; record it with pilot-gate pilot review resolve --client ${candidate.id} --decision accept --${words}-contact "<name and email>" ...`,
        );
      }
    }
  }
  const count = options.chosen?.length ?? selected.length;
  if (count < bounds.min_clients || count > bounds.max_clients) {
    const ids = (options.chosen ?? selected.map((c) => c.id)).join(", ") || "none";
    const hint =
      count > bounds.max_clients
        ? `choose ${bounds.max_clients} or fewer with --clients <id,id,...>`
        : pending.length > 0
          ? `settle the ${pending.length} review(s) pending (${pending.map((c) => c.id).join(", ")}) with pilot-gate pilot review resolve`
          : "recommend from a wider activity export, or accept reviewed clients";
    refusals.push(
      `${count} client(s) ${options.chosen ? "chosen" : "SUGERIDO"} (${ids}); the pilot needs ${bounds.min_clients} to ${bounds.max_clients}: ${hint}`,
    );
  }
  if (refusals.length > 0) return { ok: false, refusals };
  return {
    ok: true,
    clients: selected.map((c) => ({
      id: c.id,
      name: c.name,
      status: "suggested",
      technical_contact: c.technical_contact,
      business_contact: c.business_contact,
    })),
    window: { start: options.windowStart, hours: options.windowHours },
  };
}
