import { stringify } from "yaml";

/** A pilot name usable as a folder name: letters, digits, `-`, `_`, `.`, not starting with `.`. */
export const PILOT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** `YYYY-MM-DD` of `now` in UTC: the run folder's name and the window's default start. */
export function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Where a pilot session's evidence and reports go: `pilots/<name>/<date>`. */
export function pilotRunFolder(name: string, now: Date): string {
  return `pilots/${name}/${isoDate(now)}`;
}

/**
 * The `pilot.yml` a team fills in: three placeholder clients (status
 * `suggested`, contacts empty so readiness blocks until they are known), a
 * 48 h window starting today.
 */
export function renderPilotManifestTemplate(name: string, now: Date): string {
  const manifest = {
    name,
    window: { start: isoDate(now), hours: 48 },
    clients: [1, 2, 3].map((n) => ({
      name: `client-${n}`,
      status: "suggested",
      technical_contact: null,
      business_contact: null,
    })),
  };
  return [
    "# pilot-gate pilot manifest: fill in the clients (3 to 5) and their contacts.",
    "# Statuses: suggested (in the pilot), review_contact / review_profile (still under review).",
    "# `pilot-gate readiness` blocks while a contact is empty, a client is under review,",
    "# or the window is shorter than 48 hours. Schema: schemas/pilot.schema.json",
    stringify(manifest, { nullStr: "" }).trimEnd(),
    "",
  ].join("\n");
}
