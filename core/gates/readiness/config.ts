import { z } from "zod";

/** Every readiness criterion, in the order reports list them. */
export const CRITERIA = [
  "smoke-green",
  "success-rate",
  "core-flows",
  "auth-regressions",
  "parity",
  "p0-incidents",
  "tenant-isolation",
  "required-checks",
  "branch-protection",
  "milestones",
  "pilot-manifest",
  "sign-off",
] as const;
export type CriterionId = (typeof CRITERIA)[number];

/** Criteria judged from GitHub; with `--offline` they have no input. */
export const GITHUB_CRITERIA: readonly CriterionId[] = [
  "p0-incidents",
  "tenant-isolation",
  "required-checks",
  "branch-protection",
  "sign-off",
];

/** Trusted evidence keys at most: each is read on every readiness push. */
export const MAX_EVIDENCE_KEYS = 10;

/** A relative, `/`-separated path inside the repository with no empty, `.` or `..` part. */
function isRepositoryPath(path: string): boolean {
  return (
    path !== "" &&
    !path.includes("\\") &&
    !path.includes("\0") &&
    path.split("/").every((part) => part !== "" && part !== "." && part !== "..")
  );
}

export const LEVELS = ["blocking", "waivable", "advisory", "off"] as const;
/**
 * `blocking`: a failure is NO-GO, no waiver accepted. `waivable`: a failure
 * is NO-GO unless a current waiver covers it. `advisory`: reported, never
 * NO-GO. `off`: not judged at all. A criterion with no input (not checked)
 * is NO-GO unless it is advisory or off: a waiver accepts a failure someone
 * looked at, not a criterion nobody could check.
 */
export type Level = (typeof LEVELS)[number];

const labels = (fallback: string[], what: string) =>
  z.array(z.string().min(1)).default(fallback).describe(`Issue labels that mark ${what}.`);

const level = z.enum(LEVELS);

/** `readiness:` in `.github/pilot-gate.yml`: criteria, thresholds and waivers; defaults are the playbook's. */
export const readinessConfigSchema = z
  .strictObject({
    manifest: z
      .string()
      .min(1)
      .default("pilot.yml")
      .describe("Path of the pilot manifest, relative to the repository root."),
    required_checks: z
      .array(z.string().min(1))
      .default(["required-check"])
      .describe("Check runs that must have succeeded on the exact commit."),
    protected_branches: z
      .array(z.string().min(1))
      .default(["main", "develop"])
      .describe(
        "Branches whose protection must be Applied (the playbook protects main and develop).",
      ),
    incident_labels: z
      .strictObject({
        p0: labels(["P0"], "a P0 incident"),
        tenant_isolation: labels(["tenant-isolation"], "a tenant isolation incident"),
        core_flow: labels(["core-flow-blocker"], "a blocked core flow"),
        auth: labels(["auth-regression"], "an auth regression"),
      })
      .prefault({})
      .describe("Open issues with any of these labels count as incidents."),
    smoke_tags: z
      .strictObject({
        core_flow: z
          .string()
          .min(1)
          .default("core-flow")
          .describe(
            "No longer read: blocked core flows are judged from the pilot's scenario records (`pilot-gate pilot record`, core flows in `pilot.core_flows`), and a failed smoke scenario fails smoke-green whatever its tag. Kept so configs that set it still load.",
          ),
        auth: z
          .string()
          .min(1)
          .default("auth")
          .describe("Tag of smoke scenarios that cover authentication."),
        tenant_isolation: z
          .string()
          .min(1)
          .default("tenant-isolation")
          .describe("Tag of smoke scenarios that check one tenant cannot see another's data."),
      })
      .prefault({})
      .describe(
        "Tags of failed smoke scenarios that count as auth regressions or tenant isolation failures.",
      ),
    milestones: z
      .array(
        z.union([
          z.string().min(1),
          z.strictObject({
            file: z.string().min(1),
            section: z.string().min(1).optional(),
          }),
        ]),
      )
      .default([])
      .describe(
        "Milestone and sign-off documents, each a path or {file, section}: every checklist item (- [ ]) must be ticked and every row of a table with a Status column done, its Evidence paths present in the checkout; with a section, only under the headings of that name (all of them, e.g. Exit criteria of each phase). None listed: the criterion is not checked and keeps GO from being reached unless readiness.criteria.milestones is advisory or off.",
      ),
    thresholds: z
      .strictObject({
        success_rate: z
          .number()
          .min(0)
          .max(1)
          .default(0.95)
          .describe(
            "Lowest success rate of the pilot's scenario runs (passed / recorded, from `pilot-gate pilot record`).",
          ),
        max_p0_incidents: z.int().min(0).default(0).describe("Most open P0 incidents allowed."),
        max_core_flow_blockers: z
          .int()
          .min(0)
          .default(0)
          .describe(
            "Most blocked core flows allowed: core flows whose latest record for a client is a failure, plus open issues labelled as such.",
          ),
        max_auth_regressions: z.int().min(0).default(0).describe("Most auth regressions allowed."),
        max_tenant_isolation_incidents: z
          .int()
          .min(0)
          .default(0)
          .describe("Most open tenant isolation incidents allowed."),
        min_clients: z.int().min(0).default(3).describe("Fewest active pilot clients."),
        max_clients: z.int().min(1).default(5).describe("Most active pilot clients."),
        min_window_hours: z
          .number()
          .min(0)
          .default(48)
          .describe("Shortest observation window, in hours."),
      })
      .prefault({})
      .describe("Thresholds of the criteria."),
    criteria: z
      .partialRecord(z.enum(CRITERIA), level)
      .default({})
      .describe(
        "Level of each criterion: `blocking` (the default), `waivable` (a current waiver lifts a failure), `advisory` (reported only) or `off` (not judged). A criterion with no input is not checked, which keeps GO from being reached unless it is `advisory` or `off`.",
      ),
    waivers: z
      .array(
        z.strictObject({
          criterion: z.enum(CRITERIA).describe("The waivable criterion this waiver lifts."),
          by: z.string().min(1).describe("Who accepted the risk."),
          reason: z.string().min(1).describe("Why it is acceptable."),
          until: z.iso.date().describe("Last day the waiver applies (YYYY-MM-DD, UTC)."),
        }),
      )
      .default([])
      .describe("Accepted failures of waivable criteria; expired waivers no longer apply."),
    evidence_keys: z
      .array(
        z
          .string()
          .refine(
            isRepositoryPath,
            "a path in the repository, e.g. .github/pilot-gate/evidence.pub.pem (relative, no . or .. parts)",
          ),
      )
      .max(MAX_EVIDENCE_KEYS)
      .default([])
      .describe(
        "Ed25519 public keys the GitHub App trusts: paths of PEM files on the default branch, as `pilot-gate evidence verify --key` takes them. The App posts a readiness report pushed to the `pilot-evidence` branch as the `pilot-gate/readiness` check only when its evidence pack is signed by one of them and verifies; with none, that check fails.",
      ),
  })
  .prefault({})
  .describe("The go/no-go of `pilot-gate readiness`.");

export type ReadinessConfig = z.output<typeof readinessConfigSchema>;
export type Waiver = ReadinessConfig["waivers"][number];
