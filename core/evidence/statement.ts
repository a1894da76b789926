import { digestOf } from "./digest.js";
import {
  type GateResult,
  IN_TOTO_STATEMENT_TYPE,
  type Manifest,
  PREDICATE_TYPE,
  type Statement,
  type Subject,
  statementSchema,
} from "./schema.js";

/** The statement's subjects for a manifest: the commit, then every file by path. */
export function subjectsOf(manifest: Manifest): Subject[] {
  return [
    { name: `git+commit:${manifest.commit}`, digest: { gitCommit: manifest.commit } },
    ...manifest.files.map((file) => ({ name: file.path, digest: { sha256: file.sha256 } })),
  ];
}

/** The rest of a statement, beyond what the manifest says. */
export interface StatementInput {
  gates: readonly GateResult[];
  /** `digestOf` the effective config, when the pack records one. */
  configDigest?: string | undefined;
}

/**
 * Builds `statement.json`, an in-toto Statement v1 whose subjects are the
 * commit and every packed file and whose predicate carries the gate results,
 * the config digest and the manifest's digest (so a signature over the
 * statement also covers the manifest and its chain link).
 */
export function buildStatement(manifest: Manifest, input: StatementInput): Statement {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: subjectsOf(manifest),
    predicateType: PREDICATE_TYPE,
    predicate: {
      scope: manifest.scope,
      id: manifest.id,
      createdAt: manifest.createdAt,
      manifest: { digest: digestOf(manifest) },
      previous: manifest.previous,
      gates: input.gates.map((gate) => ({ gate: gate.gate, status: gate.status, path: gate.path })),
      config: input.configDigest ? { digest: input.configDigest } : null,
    },
  };
}

/**
 * The gate and its result in a pilot-gate JSON report (`gate`/`status` for
 * smoke and parity, `kind`/`verdict` for readiness), or undefined when the
 * value is not one.
 */
export function gateResultOf(report: unknown, path: string): GateResult | undefined {
  if (typeof report !== "object" || report === null || Array.isArray(report)) return undefined;
  const record = report as Record<string, unknown>;
  const gate = record.gate ?? record.kind;
  const status = record.status ?? record.verdict;
  if (typeof gate !== "string" || typeof status !== "string") return undefined;
  return { gate, status, path };
}

/**
 * A pack's statement.json read as the statement of pack `scope`/`id`, or
 * why it is not: text that is not a pilot-gate statement, or a statement
 * of another pack (copied into this folder). The reasons are fixed words,
 * never the pack's own text, since they land in job summaries and checks.
 */
export function packStatementOf(
  text: string,
  scope: string,
  id: string,
): { statement: Statement } | { reason: string } {
  let statement: Statement;
  try {
    statement = statementSchema.parse(JSON.parse(text));
  } catch {
    return { reason: "its statement.json is not a pilot-gate evidence statement" };
  }
  if (statement.predicate.scope !== scope || statement.predicate.id !== id) {
    return { reason: `its statement is for another pack, not ${scope}/${id}` };
  }
  return { statement };
}
