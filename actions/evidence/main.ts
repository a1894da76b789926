import { pathToFileURL } from "node:url";
import * as core from "@actions/core";
import { getInputs } from "./inputs.js";
import { runEvidenceAction } from "./run.js";

export { INPUTS, OUTPUTS } from "./inputs.js";

/**
 * The evidence action's entry (bundled to dist/evidence.js): reads the
 * inputs once, packs and commits. Anything it cannot do fails the step with
 * what to change, never a stack trace and never a half-committed pack.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runEvidenceAction(getInputs(env));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
