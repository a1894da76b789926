import { pathToFileURL } from "node:url";
import * as core from "@actions/core";
import { getInputs } from "./inputs.js";
import { runSmokeAction } from "./run.js";

export { INPUTS, OUTPUTS } from "./inputs.js";

/**
 * The smoke action's entry (bundled to dist/smoke.js, run by
 * actions/smoke/action.yml): reads the inputs once and runs the gate. Any
 * error before a verdict fails the step with its message, never a stack trace.
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runSmokeAction(getInputs(env));
  } catch (error) {
    core.setOutput("status", "fail");
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
