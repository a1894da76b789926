import { pathToFileURL } from "node:url";
import * as core from "@actions/core";
import { getInputs } from "./inputs.js";
import { runReadinessAction } from "./run.js";

export { INPUTS, OUTPUTS } from "./inputs.js";

/**
 * The readiness action's entry (bundled to dist/readiness.js): reads the
 * inputs once and runs the go/no-go. An input it cannot use fails the step
 * with what to change, never a stack trace and never a GO.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runReadinessAction(getInputs(env));
  } catch (error) {
    core.setOutput("verdict", "NO-GO");
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
