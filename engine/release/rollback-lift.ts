/**
 * Lifting a rollback's freeze on GitHub: finds the freeze issue `rollback
 * run` opened (by its record marker), reads where the postmortem link may
 * be, and closes the issue with a receipt through the executor when
 * core/release/lift.ts says the freeze may be lifted.
 */

import { createHash } from "node:crypto";
import { smokeReportSchema } from "../../core/gates/smoke/index.js";
import { readFreezeRecord } from "../../core/incidents/index.js";
import type { Config } from "../../core/index.js";
import { parseJsonInput } from "../../core/json-input.js";
import { REPORT_LIMIT } from "../../core/limits.js";
import type { RollbackPlan } from "../../core/release/index.js";
import {
  decideLift,
  type LiftSmoke,
  type PostmortemSource,
  planLift,
  WRITE_ASSOCIATIONS,
} from "../../core/release/lift.js";
import { appliedOf } from "../applied.js";
import type { EventDeps } from "../event.js";
import { executePlan } from "../execute.js";
import { readNamedFile } from "../readiness/files.js";

/**
 * The smoke report at `path` (below `cwd`), read within REPORT_LIMIT and
 * parsed with the smoke gate's own schema, with the sha256 of its bytes.
 * A missing, oversized or malformed file throws (exit 2): nothing is lifted.
 */
export async function readLiftSmoke(cwd: string, path: string): Promise<LiftSmoke> {
  const text = await readNamedFile(cwd, path, "smoke report", REPORT_LIMIT);
  const report = parseJsonInput(
    smokeReportSchema,
    text,
    path,
    "Pass the JSON report the smoke gate wrote (the smoke action's report-path, or pilot-gate smoke --report).",
  );
  return {
    file: path,
    status: report.status,
    executed: report.counts.executed,
    sha: report.sha,
    digest: createHash("sha256").update(text, "utf8").digest("hex"),
  };
}

export type LiftOutcome =
  | { status: "no-freeze"; reason: string }
  | { status: "already-lifted"; issue: number }
  | { status: "refused"; issue: number; unmet: string[] }
  | {
      status: "lifted";
      issue: number;
      postmortem: string;
      digest: string;
      applied: "written" | "planned";
    };

/**
 * Lifts the freeze of the rollback `plan` describes: the open freeze issue
 * whose record says trigger `rollback`, evidence `rollback:<from>`. A closed
 * one means it was lifted already (nothing is written); none means there is
 * nothing to lift. The postmortem link is looked for in the freeze issue's
 * body and comments and, with `incident`, in that issue's body and comments;
 * only text by people with write access counts (the freeze issue's body
 * too, which only its opener or a writer can edit). Requests: the freeze
 * issues (every page), the comments of each issue read, the incident, and
 * when lifted 2 writes (receipt, close), none with `dryRun`.
 */
export async function liftRollbackFreeze(
  deps: EventDeps,
  config: Config,
  plan: Extract<RollbackPlan, { action: "rollback" }>,
  options: {
    smoke: LiftSmoke;
    incident: number | undefined;
    actor: string;
    now: Date;
    dryRun: boolean;
  },
): Promise<LiftOutcome> {
  const evidence = `rollback:${plan.from}`;
  const freezes = (await deps.gh.listAllIssues(config.incidents.freeze_label)).filter((item) => {
    const record = readFreezeRecord(item.body);
    return record?.trigger === "rollback" && record.evidence === evidence;
  });
  const freeze = freezes.find((item) => item.state === "open");
  if (freeze === undefined) {
    const closed = freezes[0];
    if (closed !== undefined) return { status: "already-lifted", issue: closed.number };
    return {
      status: "no-freeze",
      reason: `no issue labelled ${config.incidents.freeze_label} records the rollback of ${plan.from}; rollback run opens it, so there is nothing to lift`,
    };
  }
  const sources: PostmortemSource[] = [
    {
      on: `freeze issue #${freeze.number}`,
      where: `the body of freeze issue #${freeze.number}`,
      body: freeze.body,
      trusted: true,
    },
    ...(await commentSources(deps, freeze.number, `freeze issue #${freeze.number}`)),
  ];
  if (options.incident !== undefined) {
    const incident = await deps.gh.getIssue(options.incident);
    const where = `incident #${incident.number}`;
    sources.push({
      on: where,
      where: `the body of ${where}`,
      body: incident.body,
      trusted: WRITE_ASSOCIATIONS.has(incident.association),
    });
    sources.push(...(await commentSources(deps, incident.number, where)));
  }
  const decision = decideLift({
    from: plan.from,
    target: plan.target,
    smoke: options.smoke,
    sources,
  });
  if (!decision.lift) return { status: "refused", issue: freeze.number, unmet: decision.unmet };
  const writes = planLift({
    issue: freeze.number,
    body: freeze.body,
    from: plan.from,
    target: plan.target,
    smoke: options.smoke,
    postmortem: decision.postmortem,
    actor: options.actor,
    now: options.now,
  });
  const executed = await executePlan(deps, writes, { dryRun: options.dryRun });
  return {
    status: "lifted",
    issue: freeze.number,
    postmortem: decision.postmortem.url,
    digest: options.smoke.digest,
    applied: appliedOf(executed) === "written" ? "written" : "planned",
  };
}

/** An issue's comments as postmortem sources: trusted when the author can write. */
async function commentSources(
  deps: EventDeps,
  issue: number,
  where: string,
): Promise<PostmortemSource[]> {
  return (await deps.gh.listComments(issue)).map((comment) => ({
    on: where,
    where: `a comment by ${comment.author.login} on ${where}`,
    body: comment.body,
    trusted: WRITE_ASSOCIATIONS.has(comment.association ?? ""),
  }));
}
