import { z } from "zod";
import { type ConfigIssue, formatConfigIssues, UsageError } from "../../errors.js";
import { PILOT_MANIFEST_LIMIT } from "../../limits.js";
import { parseYamlAs } from "../../yaml/validate.js";

/** Where `pilot-gate pilot start` writes the manifest and readiness looks for it by default. */
export const PILOT_MANIFEST_PATH = "pilot.yml";

/**
 * Where a client stands. `suggested`: proposed for the pilot and accepted;
 * `review_contact` / `review_profile`: still being vetted (its contacts or its
 * profile), which blocks readiness until it is settled or the client is
 * removed from the list.
 */
export const CLIENT_STATUSES = ["suggested", "review_contact", "review_profile"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

/** A contact may be left empty in the template; readiness then reports it missing. */
const contact = z
  .string()
  .nullable()
  .default(null)
  .describe("Name and email, e.g. `Ada Lovelace <ada@client.example>`; empty until known.");

const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The pilot manifest (`pilot.yml`): one pilot session's name, window and clients. */
export const pilotManifestSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .describe("The pilot's name, as given to `pilot-gate pilot start --name`."),
    window: z
      .strictObject({
        start: z
          .string()
          .regex(DATE, "expected a date such as 2025-06-02 or 2025-06-02T09:00:00Z")
          .describe("When observation starts: a date or an ISO 8601 date-time."),
        hours: z
          .number()
          .positive()
          .describe("How long the pilot is observed, in hours (readiness wants at least 48)."),
      })
      .describe("The observation window."),
    clients: z
      .array(
        z.strictObject({
          id: z
            .string()
            .min(1)
            .optional()
            .describe(
              "The client's account id in the activity export; `pilot-gate pilot finalize` writes it, and outreach finds the client's issue by it.",
            ),
          name: z.string().min(1).describe("The client (tenant) taking part."),
          status: z
            .enum(CLIENT_STATUSES)
            .describe(
              "`suggested` (in the pilot), `review_contact` or `review_profile` (still under review).",
            ),
          technical_contact: contact,
          business_contact: contact,
        }),
      )
      .describe("The pilot's clients: readiness wants 3 to 5, none under review."),
  })
  .describe("pilot-gate pilot manifest (pilot.yml).");

export type PilotManifest = z.output<typeof pilotManifestSchema>;

/**
 * A file readiness was given cannot be used: the message lists every problem
 * as `file:line:column path: message`. The CLI exits 2 on it (nothing judged).
 */
export class InputFileError extends UsageError {
  readonly file: string;
  readonly issues: ConfigIssue[];
  constructor(file: string, issues: ConfigIssue[], next: string, unlisted = 0) {
    super(`${formatConfigIssues(file, issues, unlisted)}\n${next}`);
    this.file = file;
    this.issues = issues;
  }
}

/**
 * Parses and validates `pilot.yml` text. Throws `InputFileError` locating
 * each problem (a misspelt key, a wrong status) at its line and column;
 * text over `PILOT_MANIFEST_LIMIT` is refused unparsed, with one issue.
 */
export function parsePilotManifest(
  text: string,
  file: string = PILOT_MANIFEST_PATH,
): PilotManifest {
  const next = `Fix ${file} and re-run; \`pilot-gate pilot start --name <name> --dir <empty dir>\` writes a valid template to compare with.`;
  const result = parseYamlAs(text, pilotManifestSchema, {
    rootDescription: "a pilot manifest: a mapping (name, window, clients)",
    limit: PILOT_MANIFEST_LIMIT,
    prepare: normalizeDates,
  });
  if (result.ok) return result.data;
  throw new InputFileError(file, result.issues, next, result.unlisted);
}

/** YAML 1.2 (the `yaml` default) keeps `2025-06-02` a string; a Date only appears with custom tags, so keep both. */
function normalizeDates(data: unknown): unknown {
  if (data instanceof Date) return data.toISOString();
  if (Array.isArray(data)) return data.map(normalizeDates);
  if (data && typeof data === "object") {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, normalizeDates(v)]));
  }
  return data;
}

/** The window's start as a Date, or `undefined` when the text is not a real date. */
export function windowStart(manifest: PilotManifest): Date | undefined {
  const text = manifest.window.start;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Where the manifest's generated JSON Schema is committed. */
export const PILOT_SCHEMA_FILE = "schemas/pilot.schema.json";

/** schemas/pilot.schema.json's exact text (the input side: what a team writes). */
export function renderPilotJsonSchema(): string {
  const json = z.toJSONSchema(pilotManifestSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return `${JSON.stringify({ ...json, $id: `https://pilot-gate.dev/${PILOT_SCHEMA_FILE}`, title: "pilot-gate pilot manifest" }, null, 2)}\n`;
}
